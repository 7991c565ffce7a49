import "server-only";
// Every figure of the báo cáo tổng kết, computed when the report is generated and never stored
// ("Số liệu lấy tại thời điểm tạo"). Each comes from the query its screen uses: the statistics report
// (members), the meeting register (meetings, attendance), the welfare summary, the emulation overview,
// the rating's level counts and awards, the CĐCS's self-rating, the dues totals and the fund's totals.
// The few counts no screen had as a number (decisions, opinions, remittances) are in period-counts.ts.
// Every query is set-based: the whole report reads a 60,000-member unit in a handful of statements.
import type { Actor } from "@/lib/auth/current-user";
import { getRegistrationOverview, totalsOf } from "@/lib/emulation/queries/overview";
import { resolveYear } from "@/lib/emulation/queries/years";
import { collectionOfMonths } from "@/lib/finance/dues/collect-stop";
import { loadDuesSettings } from "@/lib/finance/dues/facts";
import { monthsBetween } from "@/lib/finance/dues/rule";
import { duesTotals } from "@/lib/finance/dues/totals";
import { fundTotals } from "@/lib/finance/fund/totals";
import { getMeetingRegister } from "@/lib/meetings/stats-queries";
import { getStatisticsReport } from "@/lib/members/statistics/query";
import { listGroupRatings, getUnitRatingReport } from "@/lib/rating/collectives/queries";
import { countLevels } from "@/lib/rating/reports/queries/level-counts";
import { listAwardsForReport } from "@/lib/rating/titles/queries";
import { findRatingYear } from "@/lib/rating/year";
import { cycleYearLabel, cyclePeriod, type Cycle } from "@/lib/settings/cycle";
import { cycleOfYear } from "@/lib/settings/unit-cycle";
import { getYearSummary } from "@/lib/welfare/summary";
import { decisionCounts, opinionCounts, remittedTotal } from "./period-counts";

const DAY = 86_400_000;
/** Vietnam is UTC+7: a moment (a meeting's start, an opinion's arrival) is in the period from 00:00 there. */
const VN_OFFSET = 7 * 3_600_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The cycle year's days: from its first day, to the day after its last (exclusive). */
export function annualSpan(year: number, cycle: Cycle) {
  const { startsOn, endsOn } = cyclePeriod(year, cycle);
  return { from: startsOn, to: new Date(endsOn.getTime() + DAY), last: endsOn };
}

export async function loadAnnualFigures(actor: Actor, year: number) {
  const cycle = await cycleOfYear(actor.unitId, year);
  const span = annualSpan(year, cycle);
  const moments = {
    from: new Date(span.from.getTime() - VN_OFFSET),
    to: new Date(span.to.getTime() - VN_OFFSET),
  };
  const label = cycleYearLabel(year, cycle);
  const [members, meetings, welfare, emulationYear, ratingYear, unitRating, groupRatings, awards] =
    await Promise.all([
      getStatisticsReport(actor, { from: iso(span.from), to: iso(span.last), label, kind: "custom" }),
      getMeetingRegister(actor, year, moments),
      getYearSummary(actor, year, { from: span.from, to: span.to }),
      resolveYear(actor.unitId, year),
      findRatingYear(actor.unitId, year),
      getUnitRatingReport(actor.unitId, year),
      listGroupRatings(actor.unitId, year),
      listAwardsForReport(actor.unitId, year),
    ]);
  const [decisions, opinions, dues, remitted, fund, registrations, levels, duesSettings] = await Promise.all([
    decisionCounts(actor.unitId, moments),
    opinionCounts(actor.unitId, moments),
    duesTotals(actor.unitId, span.from, span.last),
    remittedTotal(actor.unitId, span),
    fundTotals(actor.unitId, span.from, span.to),
    emulationYear.year ? getRegistrationOverview(actor, emulationYear.year.id) : null,
    ratingYear ? countLevels(ratingYear) : null,
    loadDuesSettings(actor.unitId),
  ]);
  const months = monthsBetween(iso(span.from).slice(0, 7), iso(span.last).slice(0, 7));
  const held = meetings.rows.filter((m) => m.status !== "PLANNED");
  return {
    year,
    cycle,
    label,
    span,
    unit: members.unit,
    chairName: members.chairName,
    members: { total: members.total, groups: members.groups },
    meetings: {
      planned: meetings.rows.length - held.length,
      held: held.length,
      invited: held.reduce((s, m) => s + m.invited, 0),
      present: held.reduce((s, m) => s + m.present, 0),
      byType: countBy(held.map((m) => m.type)),
    },
    decisions,
    opinions,
    welfare,
    emulation: registrations ? { ...totalsOf(registrations), groups: registrations.length } : null,
    rating: ratingYear && levels ? { levels: ratingYear.levels.map((l) => l.name), counts: levels } : null,
    groupRatings,
    unitRating,
    awards: titleCounts(awards),
    dues: { ...dues, remitted, collection: collectionOfMonths(duesSettings, months) },
    fund,
  };
}
export type AnnualFigures = Awaited<ReturnType<typeof loadAnnualFigures>>;

function countBy(keys: string[]) {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m.entries()].map(([key, count]) => ({ key, count }));
}

/** Awards per title: how many were given (Đạt) and how many proposed to the cấp trên. */
function titleCounts(rows: Awaited<ReturnType<typeof listAwardsForReport>>) {
  const m = new Map<string, { title: string; achieved: number; proposed: number }>();
  for (const r of rows) {
    const t = m.get(r.titleName) ?? { title: r.titleName, achieved: 0, proposed: 0 };
    if (r.result === "ACHIEVED") t.achieved++;
    else t.proposed++;
    m.set(r.titleName, t);
  }
  return [...m.values()];
}

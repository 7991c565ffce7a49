import "server-only";
// The records of the unit a finding may cite, and the check that each cited one exists in the
// actor's unit: the label is written here from the record, never taken from the browser.
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { formatDate, formatMoney, todayInVietnam } from "@/lib/format";
import { cycleYearLabel } from "@/lib/settings/cycle";
import { cycleOfYear } from "@/lib/settings/unit-cycle";
import type { EvidenceRef } from "./evidence";
import { FINANCE_RESOLVERS, findFinanceOptions } from "./evidence-finance";

const visitLabel = (v: {
  eventOn: Date;
  amount: number;
  member: { fullName: string };
  category: { name: string };
}) => `${formatDate(v.eventOn)} · ${v.member.fullName} · ${v.category.name} · ${formatMoney(v.amount)}`;
const meetingLabel = (m: { startsAt: Date; title: string }) =>
  `${formatDate(todayInVietnam(m.startsAt))} · ${m.title}`;
const ratingLabel = async (unitId: string, year: number) =>
  `Xếp loại đoàn viên ${cycleYearLabel(year, await cycleOfYear(unitId, year))}`;
const VISIT = {
  eventOn: true,
  amount: true,
  member: { select: { fullName: true } },
  category: { select: { name: true } },
};

/** One kind's lookup: the label of the record in the unit, or null when there is none. */
const RESOLVERS: Record<string, (unitId: string, refId: string) => Promise<string | null>> = {
  welfareVisit: async (unitId, id) => {
    const v = await db.welfareVisit.findFirst({ where: { id, unitId }, select: VISIT });
    return v && visitLabel(v);
  },
  meeting: async (unitId, id) => {
    const m = await db.meeting.findFirst({ where: { id, unitId }, select: { startsAt: true, title: true } });
    return m && meetingLabel(m);
  },
  member: async (unitId, id) => {
    const m = await db.member.findFirst({ where: { id, unitId }, select: { fullName: true } });
    return m?.fullName ?? null;
  },
  ratingYear: async (unitId, refId) => {
    const year = Number(refId);
    if (!Number.isInteger(year)) return null;
    const r = await db.ratingYear.findFirst({ where: { unitId, year }, select: { year: true } });
    return r && ratingLabel(unitId, r.year);
  },
  ...FINANCE_RESOLVERS,
};

/** The cited records with their labels; a record not of the unit (or of no known kind) is a field error. */
export async function resolveEvidence(unitId: string, refs: { kind: string; refId: string }[]) {
  const out: EvidenceRef[] = [];
  for (const r of refs) {
    const label = RESOLVERS[r.kind] ? await RESOLVERS[r.kind](unitId, r.refId) : null;
    if (!label) throw invalid({ evidence: "Có hồ sơ dẫn chứng không tìm thấy trong đơn vị." });
    if (!out.some((o) => o.kind === r.kind && o.refId === r.refId)) out.push({ ...r, label });
  }
  return out;
}

export type EvidenceOption = { kind: string; refId: string; label: string };

/**
 * What the UBKT may cite for an inspection: the period's visits and meetings, the rating years, the
 * members, and the period's finance records (evidence-finance.ts).
 */
export async function findEvidenceOptions(unitId: string, period: { from: Date; to: Date }) {
  const toEnd = new Date(period.to.getTime() + 24 * 3600 * 1000);
  const [visits, meetings, ratings, members, finance] = await Promise.all([
    db.welfareVisit.findMany({
      where: { unitId, eventOn: { gte: period.from, lte: period.to } },
      orderBy: [{ eventOn: "asc" }, { id: "asc" }],
      take: 300,
      select: { id: true, ...VISIT },
    }),
    db.meeting.findMany({
      where: { unitId, startsAt: { gte: new Date(period.from.getTime() - 7 * 3600 * 1000), lt: toEnd } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: 300,
      select: { id: true, startsAt: true, title: true },
    }),
    db.ratingYear.findMany({ where: { unitId }, orderBy: { year: "desc" }, select: { year: true } }),
    db.member.findMany({
      where: { unitId, status: { in: ["ACTIVE", "SUSPENDED"] } },
      orderBy: [{ fullName: "asc" }, { id: "asc" }],
      take: 500,
      select: { id: true, fullName: true },
    }),
    findFinanceOptions(unitId, period),
  ]);
  const opt = (kind: string, refId: string, label: string): EvidenceOption => ({ kind, refId, label });
  return [
    { kind: "welfareVisit", options: visits.map((v) => opt("welfareVisit", v.id, visitLabel(v))) },
    { kind: "meeting", options: meetings.map((m) => opt("meeting", m.id, meetingLabel(m))) },
    {
      kind: "ratingYear",
      options: await Promise.all(
        ratings.map(async (r) => opt("ratingYear", String(r.year), await ratingLabel(unitId, r.year))),
      ),
    },
    { kind: "member", options: members.map((m) => opt("member", m.id, m.fullName)) },
    ...finance,
  ];
}

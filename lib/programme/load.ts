import "server-only";
// One reading of a unit's programme for a cycle year: the screen, the papers, the Excel and the
// tổng kết's summary all read it here, so they count the same.
import { db } from "@/lib/db";
import { cycleYearLabel, type Cycle } from "@/lib/settings/cycle";
import { cycleOfYear } from "@/lib/settings/unit-cycle";
import { carriedOutLinks } from "./links";
import { periodCode, periodLabel, periodRank } from "./periods";
import { effectiveState, type ProgrammeState } from "./rules";

export type ProgrammeRow = {
  id: string;
  month: number | null;
  quarter: number | null;
  period: string;
  periodLabel: string;
  title: string;
  content: string;
  ownerMemberId: string | null;
  ownerName: string | null;
  storedState: ProgrammeState;
  state: ProgrammeState;
  /** Done because the linked record is carried out (the done rule), not ticked by hand. */
  doneByLink: boolean;
  stateReason: string | null;
  movedFrom: string | null;
  linkKind: string | null;
  linkId: string | null;
  linkLabel: string | null;
};

export type Programme = { year: number; cycle: Cycle; yearLabel: string; items: ProgrammeRow[] };

export async function loadProgramme(unitId: string, year: number): Promise<Programme> {
  const [cycle, rows] = await Promise.all([
    cycleOfYear(unitId, year),
    db.programmeItem.findMany({
      where: { unitId, year },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        month: true,
        quarter: true,
        title: true,
        content: true,
        ownerMemberId: true,
        owner: { select: { fullName: true } },
        state: true,
        stateReason: true,
        movedFrom: true,
        linkKind: true,
        linkId: true,
        linkLabel: true,
      },
    }),
  ]);
  const done = await carriedOutLinks(unitId, year, rows);
  const items = rows
    .map(({ owner, state, ...r }): ProgrammeRow => {
      const p = { month: r.month, quarter: r.quarter };
      const shown = effectiveState(state, done.has(r.id));
      return {
        ...r,
        period: periodCode(p),
        periodLabel: periodLabel(year, cycle, p),
        ownerName: owner?.fullName ?? null,
        storedState: state,
        state: shown,
        doneByLink: shown === "DONE" && state !== "DONE",
      };
    })
    .sort((a, b) => periodRank(cycle, a) - periodRank(cycle, b));
  return { year, cycle, yearLabel: cycleYearLabel(year, cycle), items };
}

/** The items by period, in the cycle's order, for the screen and the paper. */
export function groupByPeriod(items: ProgrammeRow[]) {
  const groups: { period: string; label: string; items: ProgrammeRow[] }[] = [];
  for (const i of items) {
    const last = groups[groups.length - 1];
    if (last?.period === i.period) last.items.push(i);
    else groups.push({ period: i.period, label: i.periodLabel, items: [i] });
  }
  return groups;
}

/** The counts the screen and the tổng kết show. */
export function countStates(items: ProgrammeRow[]) {
  const n = (s: ProgrammeState) => items.filter((i) => i.state === s).length;
  return {
    total: items.length,
    done: n("DONE"),
    moved: n("MOVED"),
    dropped: n("DROPPED"),
    planned: n("PLANNED"),
  };
}

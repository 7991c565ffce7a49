import "server-only";
// Loads what the dues rule needs about members and the unit: the dated settings (once), and each
// member's lifecycle, dated salary and miễn months, in three queries for any number of members.
import { db } from "@/lib/db";
import { toIsoDate, type DatedValue } from "@/lib/settings/service";
import { monthsBetween, type LifecycleEvent, type MemberDuesFacts } from "./rule";
import { DUES_SETTING_KEYS, type StoredDuesSettings } from "./terms";

export type DuesMember = { id: string; joinedUnionOn: Date | null; insuranceSalary: number | null };

/** Every stored row of the dues settings of a unit, as timelines. */
export async function loadDuesSettings(unitId: string): Promise<StoredDuesSettings> {
  const rows = await db.setting.findMany({
    where: { unitId, key: { in: [...DUES_SETTING_KEYS] } },
    select: { key: true, value: true, effectiveFrom: true },
  });
  const out: StoredDuesSettings = {};
  for (const r of rows) {
    const entry: DatedValue = { effectiveFrom: toIsoDate(r.effectiveFrom), value: r.value, source: "stored" };
    (out[r.key as keyof StoredDuesSettings] ??= []).push(entry);
  }
  return out;
}

/**
 * The facts of each member. A member with no MemberSalary rows is priced on today's insuranceSalary
 * for every month; the first dated change writes that value as the history's first row (set-member-salary.ts).
 */
export async function loadDuesFacts(members: DuesMember[]): Promise<Map<string, MemberDuesFacts>> {
  const ids = members.map((m) => m.id);
  const [events, salaries, exemptions] = await Promise.all([
    db.memberEvent.findMany({
      where: { memberId: { in: ids } },
      select: { memberId: true, type: true, effectiveOn: true },
    }),
    db.memberSalary.findMany({
      where: { memberId: { in: ids } },
      select: { memberId: true, effectiveFrom: true, bhxhSalary: true, netSalary: true },
    }),
    db.duesExemption.findMany({
      where: { memberId: { in: ids }, archivedAt: null },
      select: { memberId: true, fromMonth: true, toMonth: true },
    }),
  ]);
  return buildDuesFacts(members, events, salaries, exemptions);
}

export type FactRows = {
  events: { memberId: string; type: string; effectiveOn: Date }[];
  salaries: { memberId: string; effectiveFrom: Date; bhxhSalary: number | null; netSalary: number | null }[];
  exemptions: { memberId: string; fromMonth: Date; toMonth: Date }[];
};

/** The facts from rows already read (by member ids, or set-based for a whole unit or tổ: book.ts). */
export function buildDuesFacts(
  members: DuesMember[],
  events: FactRows["events"],
  salaries: FactRows["salaries"],
  exemptions: FactRows["exemptions"],
): Map<string, MemberDuesFacts> {
  const out = new Map<string, MemberDuesFacts>();
  for (const m of members)
    out.set(m.id, {
      joinedOn: m.joinedUnionOn ? toIsoDate(m.joinedUnionOn) : null,
      events: [],
      salaries: [],
      exemptMonths: new Set<string>(),
    });
  for (const e of events)
    out
      .get(e.memberId)
      ?.events.push({ type: e.type as LifecycleEvent["type"], on: toIsoDate(e.effectiveOn) });
  for (const s of salaries)
    out
      .get(s.memberId)
      ?.salaries.push({ from: toIsoDate(s.effectiveFrom), bhxh: s.bhxhSalary, net: s.netSalary });
  for (const x of exemptions) {
    const set = out.get(x.memberId)?.exemptMonths as Set<string> | undefined;
    for (const month of monthsBetween(toIsoDate(x.fromMonth).slice(0, 7), toIsoDate(x.toMonth).slice(0, 7)))
      set?.add(month);
  }
  for (const m of members) {
    const f = out.get(m.id)!;
    if (!f.salaries.length) f.salaries.push({ from: "0000-01-01", bhxh: m.insuranceSalary, net: null });
  }
  return out;
}

import "server-only";
// The dues totals the dashboard and the tổng kết read (the contract with the fund: { owed, collected,
// upperShare, kept, extraKept } for a unit and a span of days, by whole months).
import { toIsoDate } from "@/lib/settings/service";
import { monthsBetween } from "./rule";
import { unitDuesTotals, type DuesTotals } from "./unit-ledger";

export async function duesTotals(unitId: string, from: Date, to: Date): Promise<DuesTotals> {
  const months = monthsBetween(toIsoDate(from).slice(0, 7), toIsoDate(to).slice(0, 7));
  if (!months.length) return { owed: 0, collected: 0, upperShare: 0, kept: 0, extraKept: 0 };
  return unitDuesTotals(unitId, months);
}

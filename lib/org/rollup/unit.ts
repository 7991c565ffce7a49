import "server-only";
// The drill-down: the same five sections for one CĐCS of the cấp trên's subtree (its one row of
// each table; the dues table carries the share due by the dues rule, from the stored ledger).
import type { Actor } from "@/lib/auth/current-user";
import { collectionOfMonths, stopSentence } from "@/lib/finance/dues/collect-stop";
import { loadDuesSettings } from "@/lib/finance/dues/facts";
import { monthsBetween } from "@/lib/finance/dues/rule";
import { loadRollup } from "./load";
import { ROLLUP_SECTIONS } from "./table";

export async function unitAggregates(actor: Actor, unitId: string, year: number) {
  const tables = await Promise.all(ROLLUP_SECTIONS.map((s) => loadRollup(actor, s, year, unitId)));
  // Outside the subtree every table is empty: nothing of the unit is read further or shown.
  if (tables.some((t) => t.rows.length !== 1)) return null;
  // A unit that does not collect đoàn phí says so under its zeros, in the words of its own screens.
  const settings = await loadDuesSettings(unitId);
  const duesNote = stopSentence(collectionOfMonths(settings, monthsBetween(`${year}-01`, `${year}-12`)));
  return { year, tables, duesNote };
}

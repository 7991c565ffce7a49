import "server-only";
// The drill-down: the same five sections for one CĐCS of the cấp trên's subtree (its one row of
// each table), and the share of đoàn phí due, worked out by the dues rule for this unit alone.
import type { Actor } from "@/lib/auth/current-user";
import { duesTotals } from "@/lib/finance/dues/totals";
import { loadRollup } from "./load";
import { ROLLUP_SECTIONS } from "./table";
import { yearDays } from "./units";

export async function unitAggregates(actor: Actor, unitId: string, year: number) {
  const { from, to } = yearDays(year);
  const tables = await Promise.all(ROLLUP_SECTIONS.map((s) => loadRollup(actor, s, year, unitId)));
  // Outside the subtree every table is empty: nothing of the unit is read further or shown.
  if (tables.some((t) => t.rows.length !== 1)) return null;
  const dues = await duesTotals(unitId, new Date(`${from}T00:00:00.000Z`), new Date(`${to}T00:00:00.000Z`));
  return { year, tables, upperShareDue: dues.upperShare };
}

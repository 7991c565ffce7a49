// The fund's rows of the "database unchanged" snapshot (see unit-snapshot.ts).
import { db } from "@/lib/db";
import type { DomainSnapshot } from "./unit-snapshot";

export async function snapshotFund(unitIds: string[]): Promise<DomainSnapshot> {
  const inUnit = { unitId: { in: unitIds } };
  const byId = { orderBy: { id: "asc" as const } };
  const [categories, entries, budgets, reconciliations, notes] = await Promise.all([
    db.fundCategory.findMany({ where: inUnit, ...byId }),
    db.fundEntry.findMany({ where: inUnit, ...byId }),
    db.fundBudget.findMany({ where: inUnit, ...byId }),
    db.fundReconciliation.findMany({ where: inUnit, ...byId }),
    db.fundInspectionNote.findMany({ where: inUnit, ...byId }),
  ]);
  return {
    rows: {
      fundCategories: categories,
      fundEntries: entries,
      fundBudgets: budgets,
      fundReconciliations: reconciliations,
      fundInspectionNotes: notes,
    },
    entityIds: [categories, entries, budgets, reconciliations, notes].flatMap((l) => l.map((x) => x.id)),
  };
}

"use server";
// Every fund mutation: wrappers only (decision 0062). The operations live one per file; each writes
// its audit row in the same transaction as the change. Money moves only through record-entry.ts.
import { createAction } from "@/lib/action";
import { addFundInspectionNote } from "./add-fund-inspection-note";
import { correctFundEntry } from "./correct-fund-entry";
import { createFundCategory } from "./create-fund-category";
import { createFundEntry } from "./create-fund-entry";
import { recordFundReconciliation } from "./record-fund-reconciliation";
import {
  budgetSchema,
  categorySchema,
  correctEntrySchema,
  entrySchema,
  inspectionNoteSchema,
  reconciliationSchema,
} from "./schema";
import { setFundBudget } from "./set-fund-budget";

export const createFundEntryAction = createAction(
  {
    name: "finance.entry.create",
    permission: "finance.write",
    schema: entrySchema,
    revalidate: [{ layout: "/finance" }],
  },
  createFundEntry,
);

export const correctFundEntryAction = createAction(
  {
    name: "finance.entry.correct",
    permission: "finance.write",
    schema: correctEntrySchema,
    revalidate: [{ layout: "/finance" }],
  },
  correctFundEntry,
);

export const setFundBudgetAction = createAction(
  {
    name: "finance.budget.set",
    permission: "finance.write",
    schema: budgetSchema,
    revalidate: [{ layout: "/finance" }],
  },
  setFundBudget,
);

export const createFundCategoryAction = createAction(
  {
    name: "finance.category.create",
    permission: "finance.write",
    schema: categorySchema,
    revalidate: [{ layout: "/finance" }],
  },
  createFundCategory,
);

export const recordFundReconciliationAction = createAction(
  {
    name: "finance.reconciliation.record",
    permission: "finance.write",
    schema: reconciliationSchema,
    revalidate: [{ layout: "/finance" }],
  },
  recordFundReconciliation,
);

export const addFundInspectionNoteAction = createAction(
  {
    name: "finance.inspection.note",
    permission: "finance.inspect",
    schema: inspectionNoteSchema,
    revalidate: [{ layout: "/finance" }],
  },
  addFundInspectionNote,
);

"use server";
// Every welfare mutation, and the form's read-only limit preview: wrappers only (decision 0062).
// The operations live in visits/, rules/ and nominations/, one per file; each writes its audit row in
// the same transaction as the change.
import { createAction } from "@/lib/action";
import { advanceWelfareNomination } from "./nominations/advance-welfare-nomination";
import { createWelfareNomination } from "./nominations/create-welfare-nomination";
import { createRateVersion } from "./rules/create-rate-version";
import { createWelfareCategory } from "./rules/create-welfare-category";
import { setWelfareBudget } from "./rules/set-welfare-budget";
import { updateWelfareCategory } from "./rules/update-welfare-category";
import {
  advanceNominationSchema,
  approveVisitSchema,
  budgetSchema,
  cancelVisitSchema,
  categorySchema,
  limitPreviewSchema,
  nominationSchema,
  rateVersionSchema,
  recordVisitSchema,
  updateCategorySchema,
  updateVisitSchema,
  visitFormSchema,
} from "./schema";
import { approveVisit } from "./visits/approve-visit";
import { cancelVisit } from "./visits/cancel-visit";
import { createVisit } from "./visits/create-visit";
import { previewVisitLimits } from "./visits/preview-visit-limits";
import { recordVisitDone } from "./visits/record-visit-done";
import { updateVisit } from "./visits/update-visit";

export const createVisitAction = createAction(
  {
    name: "welfare.visit.create",
    permission: "welfare.propose",
    schema: visitFormSchema,
    revalidate: ["/welfare"],
  },
  createVisit,
);

export const updateVisitAction = createAction(
  {
    name: "welfare.visit.update",
    permission: "welfare.record",
    schema: updateVisitSchema,
    revalidate: ({ id }) => ["/welfare", `/welfare/${id}`],
  },
  updateVisit,
);

export const approveVisitAction = createAction(
  {
    name: "welfare.visit.approve",
    permission: "welfare.approve",
    schema: approveVisitSchema,
    revalidate: ({ id }) => ["/welfare", `/welfare/${id}`],
  },
  approveVisit,
);

export const recordVisitDoneAction = createAction(
  {
    name: "welfare.visit.done",
    permission: "welfare.record",
    schema: recordVisitSchema,
    revalidate: ({ id }) => ["/welfare", `/welfare/${id}`],
  },
  recordVisitDone,
);

export const cancelVisitAction = createAction(
  {
    name: "welfare.visit.cancel",
    permission: "welfare.record",
    schema: cancelVisitSchema,
    revalidate: ({ id }) => ["/welfare", `/welfare/${id}`],
  },
  cancelVisit,
);

export const createWelfareCategoryAction = createAction(
  {
    name: "welfare.category.create",
    permission: "welfare.rules.write",
    schema: categorySchema,
    uniqueFields: { name: "Đã có một loại thăm hỏi cùng tên." },
    revalidate: ["/welfare", "/welfare/rules"],
  },
  createWelfareCategory,
);

export const updateWelfareCategoryAction = createAction(
  {
    name: "welfare.category.update",
    permission: "welfare.rules.write",
    schema: updateCategorySchema,
    uniqueFields: { name: "Đã có một loại thăm hỏi cùng tên." },
    revalidate: ["/welfare", "/welfare/rules"],
  },
  updateWelfareCategory,
);

export const createRateVersionAction = createAction(
  {
    name: "welfare.rates.create",
    permission: "welfare.rules.write",
    schema: rateVersionSchema,
    revalidate: ["/welfare", "/welfare/rules"],
  },
  createRateVersion,
);

export const setWelfareBudgetAction = createAction(
  {
    name: "welfare.budget.set",
    permission: "welfare.rules.write",
    schema: budgetSchema,
    revalidate: ["/welfare", "/welfare/rules", "/welfare/summary"],
  },
  setWelfareBudget,
);

export const createWelfareNominationAction = createAction(
  {
    name: "welfare.nomination.create",
    permission: "welfare.propose",
    schema: nominationSchema,
    revalidate: ["/welfare", "/welfare/nominations"],
  },
  createWelfareNomination,
);

export const advanceWelfareNominationAction = createAction(
  {
    name: "welfare.nomination.move",
    permission: "welfare.record",
    schema: advanceNominationSchema,
    revalidate: ["/welfare", "/welfare/nominations"],
  },
  advanceWelfareNomination,
);

/** The form's live limit warning while a visit is typed: a read, no audit row, nothing to revalidate. */
export const previewVisitLimitsAction = createAction(
  { name: "welfare.visit.preview", permission: "welfare.propose", schema: limitPreviewSchema },
  previewVisitLimits,
);

"use server";
// Every welfare mutation, and the form's read-only limit preview. The handlers live beside (visit-save, visit-state, rules-save,
// nomination-save); each writes its audit row in the same transaction as the change.
import { revalidatePath } from "next/cache";
import { legacyAction } from "@/lib/action";
import { saveNomination, moveNomination } from "./nomination-save";
import { previewLimits } from "./preview";
import { saveBudget, saveCategory, saveRateVersion } from "./rules-save";
import {
  advanceNominationSchema,
  budgetSchema,
  limitPreviewSchema,
  cancelVisitSchema,
  categorySchema,
  nominationSchema,
  rateVersionSchema,
  recordVisitSchema,
  updateCategorySchema,
  updateVisitSchema,
  visitFormSchema,
  visitIdSchema,
} from "./schema";
import { saveNewVisit, saveVisitEdit } from "./visit-save";
import { approve, cancel, recordDone } from "./visit-state";

const done = <T>(value: T, ...paths: string[]) => {
  for (const p of ["/welfare", ...paths]) revalidatePath(p);
  return value;
};

export const createVisit = legacyAction(
  { name: "welfare.visit.create", permission: "welfare.propose", schema: visitFormSchema },
  async (v, actor) => done(await saveNewVisit(v, actor)),
);

export const updateVisit = legacyAction(
  { name: "welfare.visit.update", permission: "welfare.record", schema: updateVisitSchema },
  async ({ id, values }, actor) => done(await saveVisitEdit(id, values, actor), `/welfare/${id}`),
);

export const approveVisit = legacyAction(
  { name: "welfare.visit.approve", permission: "welfare.approve", schema: visitIdSchema },
  async ({ id }, actor) => done(await approve(actor, id), `/welfare/${id}`),
);

export const recordVisitDone = legacyAction(
  { name: "welfare.visit.done", permission: "welfare.record", schema: recordVisitSchema },
  async (v, actor) => done(await recordDone(actor, v), `/welfare/${v.id}`),
);

export const cancelVisit = legacyAction(
  { name: "welfare.visit.cancel", permission: "welfare.record", schema: cancelVisitSchema },
  async (v, actor) => done(await cancel(actor, v), `/welfare/${v.id}`),
);

export const createCategory = legacyAction(
  {
    name: "welfare.category.create",
    permission: "welfare.rules.write",
    schema: categorySchema,
    uniqueFields: { name: "Đã có một loại thăm hỏi cùng tên." },
  },
  async (v, actor) => done(await saveCategory(actor, v), "/welfare/rules"),
);

export const updateCategory = legacyAction(
  {
    name: "welfare.category.update",
    permission: "welfare.rules.write",
    schema: updateCategorySchema,
    uniqueFields: { name: "Đã có một loại thăm hỏi cùng tên." },
  },
  async ({ id, values }, actor) => done(await saveCategory(actor, values, id), "/welfare/rules"),
);

export const createRateVersion = legacyAction(
  { name: "welfare.rates.create", permission: "welfare.rules.write", schema: rateVersionSchema },
  async (v, actor) => done(await saveRateVersion(actor, v), "/welfare/rules"),
);

export const setBudget = legacyAction(
  { name: "welfare.budget.set", permission: "welfare.rules.write", schema: budgetSchema },
  async (v, actor) => done(await saveBudget(actor, v), "/welfare/rules", "/welfare/summary"),
);

export const createNomination = legacyAction(
  { name: "welfare.nomination.create", permission: "welfare.propose", schema: nominationSchema },
  async (v, actor) => done(await saveNomination(actor, v), "/welfare/nominations"),
);

export const advanceNomination = legacyAction(
  { name: "welfare.nomination.move", permission: "welfare.record", schema: advanceNominationSchema },
  async (v, actor) => done(await moveNomination(actor, v), "/welfare/nominations"),
);

/** The form's live limit warning while a visit is typed: a read, no audit row (see preview.ts). */
export const previewVisitLimits = legacyAction(
  { name: "welfare.visit.preview", permission: "welfare.propose", schema: limitPreviewSchema },
  previewLimits,
);

"use server";
// Every emulation mutation: legacyAction (session → permission → zod) around a handler that
// re-reads the target in the actor's scope and audits inside its transaction.
import { revalidatePath } from "next/cache";
import { legacyAction } from "@/lib/action";
import { assessmentEnvelope } from "./assessment-schema";
import {
  returnSelfAssessment as returnAssessment,
  saveSelfAssessment as saveAssessment,
} from "./handlers/assessment";
import { archiveCatalogueItem as archiveItem, saveCatalogueItem as saveItem } from "./handlers/catalogue";
import { groupSubject, ownSubject, saveRegistration } from "./handlers/registration";
import {
  allowLateRegistration as allowLate,
  decideRegistrations as decide,
  forwardRegistrations as forward,
} from "./handlers/review";
import {
  openYear as open,
  saveTemplate as template,
  saveYearMovement as yearMovement,
  updateYear as update,
} from "./handlers/year";
import {
  allowLateSchema,
  archiveItemSchema,
  catalogueItemSchema,
  decideSchema,
  forwardSchema,
  groupRegistrationSchema,
  memberRegistrationSchema,
  openYearSchema,
  returnAssessmentSchema,
  templateSchema,
  updateYearSchema,
  yearMovementSchema,
} from "./schema";

const refresh = <T>(result: T) => {
  revalidatePath("/emulation", "layout");
  revalidatePath("/me", "layout");
  return result;
};

export const saveOwnRegistration = legacyAction(
  { name: "emulation.registration.own", permission: "emulation.self", schema: memberRegistrationSchema },
  async (v, actor) => refresh(await saveRegistration(v, actor, await ownSubject(actor))),
);

export const saveGroupRegistration = legacyAction(
  {
    name: "emulation.registration.group",
    permission: "emulation.review.group",
    schema: groupRegistrationSchema,
  },
  async (v, actor) => refresh(await saveRegistration(v, actor, await groupSubject(actor, v.groupId))),
);

export const forwardRegistrations = legacyAction(
  { name: "emulation.registration.forward", permission: "emulation.review.group", schema: forwardSchema },
  async (v, actor) => refresh(await forward(v, actor)),
);

export const decideRegistrations = legacyAction(
  { name: "emulation.registration.decide", permission: "emulation.approve", schema: decideSchema },
  async (v, actor) => refresh(await decide(v, actor)),
);

export const allowLateRegistration = legacyAction(
  { name: "emulation.registration.allow-late", permission: "emulation.approve", schema: allowLateSchema },
  async (v, actor) => refresh(await allowLate(v, actor)),
);

export const saveSelfAssessment = legacyAction(
  { name: "emulation.assessment.save", permission: "emulation.self", schema: assessmentEnvelope },
  async (v, actor) => refresh(await saveAssessment(v, actor)),
);

export const returnSelfAssessment = legacyAction(
  {
    name: "emulation.assessment.return",
    permission: "emulation.review.group",
    schema: returnAssessmentSchema,
  },
  async (v, actor) => refresh(await returnAssessment(v, actor)),
);

export const openYear = legacyAction(
  {
    name: "emulation.year.open",
    permission: "emulation.manage",
    schema: openYearSchema,
    uniqueFields: { year: "Năm thi đua này đã được mở." },
  },
  async (v, actor) => refresh(await open(v, actor)),
);

export const updateYear = legacyAction(
  { name: "emulation.year.update", permission: "emulation.manage", schema: updateYearSchema },
  async (v, actor) => refresh(await update(v, actor)),
);

export const saveTemplate = legacyAction(
  { name: "emulation.template.save", permission: "emulation.manage", schema: templateSchema },
  async (v, actor) => refresh(await template(v, actor)),
);

export const saveYearMovement = legacyAction(
  { name: "emulation.year.movement", permission: "emulation.manage", schema: yearMovementSchema },
  async (v, actor) => refresh(await yearMovement(v, actor)),
);

export const saveCatalogueItem = legacyAction(
  {
    name: "emulation.catalogue.save",
    permission: "emulation.manage",
    schema: catalogueItemSchema,
    uniqueFields: { name: "Tên này đã có trong danh mục." },
  },
  async (v, actor) => refresh(await saveItem(v, actor)),
);

export const archiveCatalogueItem = legacyAction(
  { name: "emulation.catalogue.archive", permission: "emulation.manage", schema: archiveItemSchema },
  async (v, actor) => refresh(await archiveItem(v, actor)),
);

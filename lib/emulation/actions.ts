"use server";
// Every emulation mutation: createAction (session → permission → zod → the operation → revalidate)
// around an operation that re-reads the target in the actor's scope and audits inside its transaction.
import { createAction } from "@/lib/action";
import { assessmentEnvelope } from "./assessment-schema";
import { archiveCatalogueItem } from "./catalogue/archive-catalogue-item";
import { saveCatalogueItem } from "./catalogue/save-catalogue-item";
import { allowLateRegistration } from "./groups/allow-late-registration";
import { forwardRegistrations } from "./groups/forward-registrations";
import { returnSelfAssessment } from "./groups/return-self-assessment";
import { saveGroupRegistration } from "./groups/save-group-registration";
import { saveSelfAssessment } from "./me/assessment/save-self-assessment";
import { saveOwnRegistration } from "./me/save-own-registration";
import { openEmulationYear } from "./open-emulation-year";
import { EMULATION_PAGES } from "./pages";
import { decideRegistrations } from "./registrations/decide-registrations";
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
import { saveEmulationTemplate } from "./years/save-emulation-template";
import { saveYearMovement } from "./years/save-year-movement";
import { updateEmulationYear } from "./years/update-emulation-year";

export const saveOwnRegistrationAction = createAction(
  {
    name: "emulation.registration.own",
    permission: "emulation.self",
    schema: memberRegistrationSchema,
    revalidate: EMULATION_PAGES,
  },
  saveOwnRegistration,
);

export const saveGroupRegistrationAction = createAction(
  {
    name: "emulation.registration.group",
    permission: "emulation.review.group",
    schema: groupRegistrationSchema,
    revalidate: EMULATION_PAGES,
  },
  saveGroupRegistration,
);

export const forwardRegistrationsAction = createAction(
  {
    name: "emulation.registration.forward",
    permission: "emulation.review.group",
    schema: forwardSchema,
    revalidate: EMULATION_PAGES,
  },
  forwardRegistrations,
);

export const decideRegistrationsAction = createAction(
  {
    name: "emulation.registration.decide",
    permission: "emulation.approve",
    schema: decideSchema,
    revalidate: EMULATION_PAGES,
  },
  decideRegistrations,
);

export const allowLateRegistrationAction = createAction(
  {
    name: "emulation.registration.allow-late",
    permission: "emulation.approve",
    schema: allowLateSchema,
    revalidate: EMULATION_PAGES,
  },
  allowLateRegistration,
);

export const saveSelfAssessmentAction = createAction(
  {
    name: "emulation.assessment.save",
    permission: "emulation.self",
    schema: assessmentEnvelope,
    revalidate: EMULATION_PAGES,
  },
  saveSelfAssessment,
);

export const returnSelfAssessmentAction = createAction(
  {
    name: "emulation.assessment.return",
    permission: "emulation.review.group",
    schema: returnAssessmentSchema,
    revalidate: EMULATION_PAGES,
  },
  returnSelfAssessment,
);

export const openEmulationYearAction = createAction(
  {
    name: "emulation.year.open",
    permission: "emulation.manage",
    schema: openYearSchema,
    uniqueFields: { year: "Năm thi đua này đã được mở." },
    revalidate: EMULATION_PAGES,
  },
  openEmulationYear,
);

export const updateEmulationYearAction = createAction(
  {
    name: "emulation.year.update",
    permission: "emulation.manage",
    schema: updateYearSchema,
    revalidate: EMULATION_PAGES,
  },
  updateEmulationYear,
);

export const saveEmulationTemplateAction = createAction(
  {
    name: "emulation.template.save",
    permission: "emulation.manage",
    schema: templateSchema,
    revalidate: EMULATION_PAGES,
  },
  saveEmulationTemplate,
);

export const saveYearMovementAction = createAction(
  {
    name: "emulation.year.movement",
    permission: "emulation.manage",
    schema: yearMovementSchema,
    revalidate: EMULATION_PAGES,
  },
  saveYearMovement,
);

export const saveCatalogueItemAction = createAction(
  {
    name: "emulation.catalogue.save",
    permission: "emulation.manage",
    schema: catalogueItemSchema,
    uniqueFields: { name: "Tên này đã có trong danh mục." },
    revalidate: EMULATION_PAGES,
  },
  saveCatalogueItem,
);

export const archiveCatalogueItemAction = createAction(
  {
    name: "emulation.catalogue.archive",
    permission: "emulation.manage",
    schema: archiveItemSchema,
    revalidate: EMULATION_PAGES,
  },
  archiveCatalogueItem,
);

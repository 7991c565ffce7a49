"use server";
// The UBKT's work (decision 0077): wrappers only (decision 0062); each operation is in the file
// named after it. The UBKT writes here (inspections.manage); the BCH answers (inspections.respond).
import { createAction } from "@/lib/action";
import { addFinding } from "./add-finding";
import { addRecommendation } from "./add-recommendation";
import { archivePlanItem } from "./archive-plan-item";
import { closeInspection } from "./close-inspection";
import { concludeInspection } from "./conclude-inspection";
import { createInspection } from "./create-inspection";
import { createPlanItem } from "./create-plan-item";
import { respondRecommendation } from "./respond-recommendation";
import { reviewResponse } from "./review-response";
import {
  concludeSchema,
  createInspectionSchema,
  findingSchema,
  idSchema,
  planItemSchema,
  recommendationSchema,
  respondSchema,
  reviewSchema,
  withdrawInspectionSchema,
} from "./schema";
import { startInspection } from "./start-inspection";
import { withdrawFinding } from "./withdraw-finding";
import { withdrawInspection } from "./withdraw-inspection";
import { withdrawRecommendation } from "./withdraw-recommendation";

export const createPlanItemAction = createAction(
  {
    name: "inspections.createPlanItem",
    permission: "inspections.manage",
    schema: planItemSchema,
    revalidate: [{ layout: "/inspections" }],
  },
  createPlanItem,
);
export const archivePlanItemAction = createAction(
  {
    name: "inspections.archivePlanItem",
    permission: "inspections.manage",
    schema: idSchema,
    revalidate: [{ layout: "/inspections" }],
  },
  archivePlanItem,
);
export const createInspectionAction = createAction(
  {
    name: "inspections.createInspection",
    permission: "inspections.manage",
    schema: createInspectionSchema,
    revalidate: [{ layout: "/inspections" }],
  },
  createInspection,
);
export const startInspectionAction = createAction(
  {
    name: "inspections.startInspection",
    permission: "inspections.manage",
    schema: idSchema,
    revalidate: [{ layout: "/inspections" }],
  },
  startInspection,
);
export const withdrawInspectionAction = createAction(
  {
    name: "inspections.withdrawInspection",
    permission: "inspections.manage",
    schema: withdrawInspectionSchema,
    revalidate: [{ layout: "/inspections" }],
  },
  withdrawInspection,
);
export const addFindingAction = createAction(
  {
    name: "inspections.addFinding",
    permission: "inspections.manage",
    schema: findingSchema,
    revalidate: [{ layout: "/inspections" }],
  },
  addFinding,
);
export const withdrawFindingAction = createAction(
  {
    name: "inspections.withdrawFinding",
    permission: "inspections.manage",
    schema: idSchema,
    revalidate: [{ layout: "/inspections" }],
  },
  withdrawFinding,
);
export const addRecommendationAction = createAction(
  {
    name: "inspections.addRecommendation",
    permission: "inspections.manage",
    schema: recommendationSchema,
    revalidate: [{ layout: "/inspections" }],
  },
  addRecommendation,
);
export const withdrawRecommendationAction = createAction(
  {
    name: "inspections.withdrawRecommendation",
    permission: "inspections.manage",
    schema: idSchema,
    revalidate: [{ layout: "/inspections" }],
  },
  withdrawRecommendation,
);
export const concludeInspectionAction = createAction(
  {
    name: "inspections.concludeInspection",
    permission: "inspections.manage",
    schema: concludeSchema,
    revalidate: [{ layout: "/inspections" }],
  },
  concludeInspection,
);
export const respondRecommendationAction = createAction(
  {
    name: "inspections.respondRecommendation",
    permission: "inspections.respond",
    schema: respondSchema,
    revalidate: [{ layout: "/inspections" }],
  },
  respondRecommendation,
);
export const reviewResponseAction = createAction(
  {
    name: "inspections.reviewResponse",
    permission: "inspections.manage",
    schema: reviewSchema,
    revalidate: [{ layout: "/inspections" }],
  },
  reviewResponse,
);
export const closeInspectionAction = createAction(
  {
    name: "inspections.closeInspection",
    permission: "inspections.manage",
    schema: idSchema,
    revalidate: [{ layout: "/inspections" }],
  },
  closeInspection,
);

// The UBKT's and the BCH's forms: each one's schema and server action, by name, so the pages
// describe a form with plain data (its fields) and the client component finds the rest here.
import type { FieldSpec as BaseFieldSpec } from "@/components/forms/field-spec";
import {
  addFindingAction,
  addRecommendationAction,
  concludeInspectionAction,
  createInspectionAction,
  createPlanItemAction,
  respondRecommendationAction,
  reviewResponseAction,
  withdrawInspectionAction,
} from "@/lib/inspections/actions";
import {
  concludeSchema,
  createInspectionSchema,
  findingSchema,
  planItemSchema,
  recommendationSchema,
  respondSchema,
  reviewSchema,
  withdrawInspectionSchema,
} from "@/lib/inspections/schema";

export const FORMS = {
  planItem: { schema: planItemSchema, action: createPlanItemAction },
  inspection: { schema: createInspectionSchema, action: createInspectionAction },
  withdraw: { schema: withdrawInspectionSchema, action: withdrawInspectionAction },
  finding: { schema: findingSchema, action: addFindingAction },
  recommendation: { schema: recommendationSchema, action: addRecommendationAction },
  conclude: { schema: concludeSchema, action: concludeInspectionAction },
  respond: { schema: respondSchema, action: respondRecommendationAction },
  askAgain: { schema: reviewSchema, action: reviewResponseAction },
} as const;
export type FormKey = keyof typeof FORMS;

export type { Option } from "@/components/forms/field-spec";
/** The shared dialog's fields, and "evidence": records to choose from, by kind (in `groups`). */
export type FieldSpec = Omit<BaseFieldSpec, "type"> & { type: BaseFieldSpec["type"] | "evidence" };

"use server";
// The cấp trên's thẩm định at /org/[unitId]/appraisal: createAction (session → permission → zod →
// operation → revalidate) around operations that scope the unit by the subtree and audit.
import { createAction } from "@/lib/action";
import { appraisalPages } from "../pages";
import { reopenAppraisal } from "./reopen-appraisal";
import { saveAppraisal } from "./save-appraisal";
import { appraisalSchema, reopenAppraisalSchema } from "./schema";

export const saveAppraisalAction = createAction(
  {
    name: "org.appraisal.save",
    permission: "org.appraise",
    schema: appraisalSchema,
    revalidate: appraisalPages,
  },
  saveAppraisal,
);

export const reopenAppraisalAction = createAction(
  {
    name: "org.appraisal.reopen",
    permission: "org.appraise",
    schema: reopenAppraisalSchema,
    revalidate: appraisalPages,
  },
  reopenAppraisal,
);

"use server";
// Opinion (tâm tư, nguyện vọng) mutations; the handlers are in mutations.ts.
import { createAction } from "@/lib/action";
import * as h from "./mutations";
import { answerOpinionSchema, opinionIdSchema, recordOpinionSchema, sendOpinionSchema } from "./schema";

export const sendOpinion = createAction(
  { name: "opinions.sendOpinion", permission: "opinions.send", schema: sendOpinionSchema },
  (v, a) => h.sendOpinion(a, v),
);
export const recordMeetingOpinion = createAction(
  {
    name: "opinions.recordMeetingOpinion",
    permission: ["meetings.manage", "meetings.manage.group"],
    schema: recordOpinionSchema,
  },
  (v, a) => h.recordMeetingOpinion(a, v),
);
export const startOpinion = createAction(
  { name: "opinions.startOpinion", permission: "opinions.answer", schema: opinionIdSchema },
  (v, a) => h.startOpinion(a, v),
);
export const answerOpinion = createAction(
  { name: "opinions.answerOpinion", permission: "opinions.answer", schema: answerOpinionSchema },
  (v, a) => h.answerOpinion(a, v),
);

"use server";
// Opinion (tâm tư, nguyện vọng) mutations; the handlers are in mutations.ts.
import { legacyAction } from "@/lib/action";
import * as h from "./mutations";
import { answerOpinionSchema, opinionIdSchema, recordOpinionSchema, sendOpinionSchema } from "./schema";

export const sendOpinion = legacyAction(
  { name: "opinions.sendOpinion", permission: "opinions.send", schema: sendOpinionSchema },
  (v, a) => h.sendOpinion(a, v),
);
export const recordMeetingOpinion = legacyAction(
  {
    name: "opinions.recordMeetingOpinion",
    permission: ["meetings.manage", "meetings.manage.group"],
    schema: recordOpinionSchema,
  },
  (v, a) => h.recordMeetingOpinion(a, v),
);
export const startOpinion = legacyAction(
  { name: "opinions.startOpinion", permission: "opinions.answer", schema: opinionIdSchema },
  (v, a) => h.startOpinion(a, v),
);
export const answerOpinion = legacyAction(
  { name: "opinions.answerOpinion", permission: "opinions.answer", schema: answerOpinionSchema },
  (v, a) => h.answerOpinion(a, v),
);

"use server";
// Opinion (tâm tư, nguyện vọng) mutations: wrappers only (decision 0062); each operation is in the
// file named after it.
import { createAction } from "@/lib/action";
import { answerOpinion } from "./answer-opinion";
import { recordMeetingOpinion } from "./record-meeting-opinion";
import { answerOpinionSchema, opinionIdSchema, recordOpinionSchema, sendOpinionSchema } from "./schema";
import { sendOpinion } from "./send-opinion";
import { startOpinion } from "./start-opinion";

export const sendOpinionAction = createAction(
  { name: "opinions.sendOpinion", permission: "opinions.send", schema: sendOpinionSchema },
  sendOpinion,
);
export const recordMeetingOpinionAction = createAction(
  {
    name: "opinions.recordMeetingOpinion",
    permission: ["meetings.manage", "meetings.manage.group"],
    schema: recordOpinionSchema,
  },
  recordMeetingOpinion,
);
export const startOpinionAction = createAction(
  { name: "opinions.startOpinion", permission: "opinions.answer", schema: opinionIdSchema },
  startOpinion,
);
export const answerOpinionAction = createAction(
  { name: "opinions.answerOpinion", permission: "opinions.answer", schema: answerOpinionSchema },
  answerOpinion,
);

"use server";
// Meeting mutations: thin wrappers (permission + schema) around the handlers in
// plan-mutations.ts and minutes-mutations.ts, which scope by record and write the audit row.
import { legacyAction } from "@/lib/action";
import * as minutes from "./minutes-mutations";
import * as plan from "./plan-mutations";
import {
  attendanceSchema,
  createMeetingSchema,
  decisionDoneSchema,
  decisionSchema,
  inviteSchema,
  meetingIdSchema,
  minutesSchema,
  removeInviteeSchema,
  reopenSchema,
  updateMeetingSchema,
} from "./schema";

const MANAGE = ["meetings.manage", "meetings.manage.group"] as const;
const manage = [...MANAGE];

export const createMeeting = legacyAction(
  { name: "meetings.createMeeting", permission: manage, schema: createMeetingSchema },
  (v, a) => plan.createMeeting(a, v),
);
export const updateMeeting = legacyAction(
  { name: "meetings.updateMeeting", permission: manage, schema: updateMeetingSchema },
  (v, a) => plan.updateMeeting(a, v),
);
export const inviteMembers = legacyAction(
  { name: "meetings.inviteMembers", permission: manage, schema: inviteSchema },
  (v, a) => plan.inviteMembers(a, v),
);
export const removeInvitee = legacyAction(
  { name: "meetings.removeInvitee", permission: manage, schema: removeInviteeSchema },
  (v, a) => plan.removeInvitee(a, v),
);
export const markMeetingHeld = legacyAction(
  { name: "meetings.markMeetingHeld", permission: manage, schema: meetingIdSchema },
  (v, a) => minutes.markHeld(a, v),
);
export const saveAttendance = legacyAction(
  { name: "meetings.saveAttendance", permission: manage, schema: attendanceSchema },
  (v, a) => minutes.saveAttendance(a, v),
);
export const saveMinutes = legacyAction(
  { name: "meetings.saveMinutes", permission: manage, schema: minutesSchema },
  (v, a) => minutes.saveMinutes(a, v),
);
export const signMinutes = legacyAction(
  { name: "meetings.signMinutes", permission: manage, schema: meetingIdSchema },
  (v, a) => minutes.signMinutes(a, v),
);
// The chủ trì of a meeting may reopen it whatever their positions: the record decides.
export const reopenMinutes = legacyAction(
  {
    name: "meetings.reopenMinutes",
    permission: ["minutes.reopen", "meetings.read.own", ...MANAGE],
    schema: reopenSchema,
  },
  (v, a) => minutes.reopenMinutes(a, v),
);
export const addDecision = legacyAction(
  { name: "meetings.addDecision", permission: manage, schema: decisionSchema },
  (v, a) => minutes.addDecision(a, v),
);
export const setDecisionDone = legacyAction(
  { name: "meetings.setDecisionDone", permission: manage, schema: decisionDoneSchema },
  (v, a) => minutes.setDecisionDone(a, v),
);

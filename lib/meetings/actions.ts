"use server";
// Meeting mutations: wrappers only (decision 0062). Each operation lives in a file named after it,
// scopes by record and writes its audit row; minutes/ and attendance/ hold those of their screens.
import { createAction } from "@/lib/action";
import { addMeetingDecision } from "./add-meeting-decision";
import { saveMeetingAttendance } from "./attendance/save-meeting-attendance";
import { createMeeting } from "./create-meeting";
import { inviteMembers } from "./invite-members";
import { markMeetingHeld } from "./mark-meeting-held";
import { reopenMinutes } from "./minutes/reopen-minutes";
import { saveMinutes } from "./minutes/save-minutes";
import { signMinutes } from "./minutes/sign-minutes";
import { removeInvitee } from "./remove-invitee";
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
import { setMeetingDecisionDone } from "./set-meeting-decision-done";
import { updateMeeting } from "./update-meeting";

// Every action: meetings.manage (the BCH) or meetings.manage.group (a tổ trưởng, for their tổ's meetings).

export const createMeetingAction = createAction(
  {
    name: "meetings.createMeeting",
    permission: ["meetings.manage", "meetings.manage.group"],
    schema: createMeetingSchema,
  },
  createMeeting,
);
export const updateMeetingAction = createAction(
  {
    name: "meetings.updateMeeting",
    permission: ["meetings.manage", "meetings.manage.group"],
    schema: updateMeetingSchema,
  },
  updateMeeting,
);
export const inviteMembersAction = createAction(
  {
    name: "meetings.inviteMembers",
    permission: ["meetings.manage", "meetings.manage.group"],
    schema: inviteSchema,
  },
  inviteMembers,
);
export const removeInviteeAction = createAction(
  {
    name: "meetings.removeInvitee",
    permission: ["meetings.manage", "meetings.manage.group"],
    schema: removeInviteeSchema,
  },
  removeInvitee,
);
export const markMeetingHeldAction = createAction(
  {
    name: "meetings.markMeetingHeld",
    permission: ["meetings.manage", "meetings.manage.group"],
    schema: meetingIdSchema,
  },
  markMeetingHeld,
);
export const saveMeetingAttendanceAction = createAction(
  {
    name: "meetings.saveAttendance",
    permission: ["meetings.manage", "meetings.manage.group"],
    schema: attendanceSchema,
  },
  saveMeetingAttendance,
);
export const saveMinutesAction = createAction(
  {
    name: "meetings.saveMinutes",
    permission: ["meetings.manage", "meetings.manage.group"],
    schema: minutesSchema,
  },
  saveMinutes,
);
export const signMinutesAction = createAction(
  {
    name: "meetings.signMinutes",
    permission: ["meetings.manage", "meetings.manage.group"],
    schema: meetingIdSchema,
  },
  signMinutes,
);
// The chủ trì of a meeting may reopen it whatever their positions: the record decides.
export const reopenMinutesAction = createAction(
  {
    name: "meetings.reopenMinutes",
    permission: ["minutes.reopen", "meetings.read.own", "meetings.manage", "meetings.manage.group"],
    schema: reopenSchema,
  },
  reopenMinutes,
);
export const addMeetingDecisionAction = createAction(
  {
    name: "meetings.addDecision",
    permission: ["meetings.manage", "meetings.manage.group"],
    schema: decisionSchema,
  },
  addMeetingDecision,
);
export const setMeetingDecisionDoneAction = createAction(
  {
    name: "meetings.setDecisionDone",
    permission: ["meetings.manage", "meetings.manage.group"],
    schema: decisionDoneSchema,
  },
  setMeetingDecisionDone,
);

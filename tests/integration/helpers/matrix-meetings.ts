// The meetings rows of the action matrix (see action-matrix.ts and matrix-kit.ts).
import { db } from "@/lib/db";
import { BCH, NOBODY, row, SELF, tag, type MatrixRow } from "./matrix-kit";
import { makeMeeting } from "./meetings-fixtures";
import type { World } from "./world";

/** meetings.manage (BCH) or meetings.manage.group for the tổ's own leader; the target is a tổ A meeting. */
const GROUP_MANAGE = {
  ...BCH,
  leaderSameGroup: "ok",
  leaderOtherGroup: "NOT_FOUND",
  chairOfOtherUnit: "NOT_FOUND",
} as const;

const form = (w: World) => ({
  type: "GROUP",
  title: `Sinh hoạt tổ ${tag()}`,
  date: "15/06/2026",
  startTime: "16:30",
  place: "Phòng tổ",
  groupId: w.groupA.id,
  chairMemberId: "",
  secretaryMemberId: "",
  preparatoryMeetingId: "",
  agenda: [{ title: "Đánh giá hoạt động quý II", isMain: true }],
});
const memberOf = (w: World) => w.people.member.member.id;
const newOpinion = (w: World) =>
  db.opinion.create({
    data: {
      unitId: w.unit.id,
      topic: "Chế độ trực",
      body: "Mong được bồi dưỡng trực trưa.",
      senderMemberId: memberOf(w),
      authorMemberId: memberOf(w),
    },
  });

export const MEETINGS_MATRIX: Record<string, MatrixRow> = {
  "meetings.createMeetingAction": row({
    scope: "own tổ",
    input: (_, w) => ({ ...form(w), invite: "group" }),
    // Another tổ's leader may not hold tổ A's meeting; the other unit's chair finds no such tổ.
    expected: {
      ...BCH,
      leaderSameGroup: "ok",
      leaderOtherGroup: "FORBIDDEN",
      chairOfOtherUnit: "VALIDATION",
    },
  }),
  "meetings.updateMeetingAction": row({
    scope: "own tổ",
    prepare: (w) => makeMeeting(w, { status: "PLANNED" }),
    input: (m, w) => ({ id: m.id, version: m.version, values: { ...form(w), place: "Thư viện" } }),
    expected: GROUP_MANAGE,
  }),
  "meetings.inviteMembersAction": row({
    scope: "own tổ",
    prepare: (w) => makeMeeting(w, { status: "PLANNED" }),
    input: (m, w) => ({ meetingId: m.id, source: "group", groupId: w.groupA.id }),
    expected: GROUP_MANAGE,
  }),
  "meetings.removeInviteeAction": row({
    scope: "own tổ",
    prepare: (w) => makeMeeting(w, { status: "PLANNED", invite: [memberOf(w)] }),
    input: (m, w) => ({ meetingId: m.id, memberId: memberOf(w) }),
    expected: GROUP_MANAGE,
  }),
  "meetings.markMeetingHeldAction": row({
    scope: "own tổ",
    prepare: (w) => makeMeeting(w, { status: "PLANNED" }),
    input: (m) => ({ meetingId: m.id }),
    expected: GROUP_MANAGE,
  }),
  "meetings.saveMeetingAttendanceAction": row({
    scope: "own tổ",
    prepare: (w) => makeMeeting(w, { invite: [memberOf(w)] }),
    input: (m, w) => ({
      meetingId: m.id,
      marks: [{ memberId: memberOf(w), attendance: "EXCUSED", reason: "Ốm" }],
    }),
    expected: GROUP_MANAGE,
  }),
  "meetings.saveMinutesAction": row({
    scope: "own tổ",
    prepare: (w) => makeMeeting(w, { invite: [memberOf(w)], present: [memberOf(w)] }),
    input: (m) => ({
      meetingId: m.id,
      version: m.version,
      endTime: "18:00",
      items: [
        {
          title: "Nội dung chính",
          isMain: true,
          discussion: "Thống nhất.",
          votesFor: "1",
          votesAgainst: "0",
          votesOther: "",
          conclusion: "Thông qua.",
        },
      ],
    }),
    expected: GROUP_MANAGE,
  }),
  "meetings.signMinutesAction": row({
    scope: "own tổ",
    prepare: (w) =>
      makeMeeting(w, { status: "MINUTES_DRAFT", invite: [memberOf(w)], present: [memberOf(w)] }),
    input: (m) => ({ meetingId: m.id }),
    expected: GROUP_MANAGE,
  }),
  "meetings.reopenMinutesAction": row({
    scope: "own tổ",
    // Nobody in the world chairs it: only the chủ tịch may reopen. Those who read it are refused; the rest do not find it.
    prepare: (w) => makeMeeting(w, { status: "MINUTES_SIGNED", chairMemberId: null }),
    input: (m) => ({ meetingId: m.id, reason: "Sửa số phiếu biểu quyết ghi nhầm" }),
    expected: {
      ...NOBODY,
      member: "NOT_FOUND",
      leaderSameGroup: "FORBIDDEN",
      leaderOtherGroup: "NOT_FOUND",
      ubkt: "FORBIDDEN",
      bchMember: "FORBIDDEN",
      viceChair: "FORBIDDEN",
      chair: "ok",
      chairOfOtherUnit: "NOT_FOUND",
    },
  }),
  "meetings.addMeetingDecisionAction": row({
    scope: "own tổ",
    prepare: (w) => makeMeeting(w),
    input: (m, w) => ({
      meetingId: m.id,
      content: "Gửi danh sách đề nghị khen thưởng",
      assigneeMemberId: memberOf(w),
      dueOn: "30/06/2026",
    }),
    expected: GROUP_MANAGE,
  }),
  "meetings.setMeetingDecisionDoneAction": row({
    scope: "own tổ",
    // Follow-up is allowed after signing.
    prepare: async (w) => {
      const m = await makeMeeting(w, { status: "MINUTES_SIGNED" });
      return db.meetingDecision.create({
        data: {
          meetingId: m.id,
          content: "Gửi báo cáo",
          assigneeMemberId: memberOf(w),
          dueOn: new Date("2026-06-30T00:00:00Z"),
        },
      });
    },
    input: (d) => ({ decisionId: d.id, isDone: true }),
    expected: GROUP_MANAGE,
  }),

  "opinions.sendOpinionAction": row({
    scope: "unit",
    input: () => ({
      topic: "Phòng máy tính",
      body: "Đề nghị bổ sung máy tính cho phòng thực hành.",
      isAnonymous: false,
    }),
    expected: { ...SELF, chairOfOtherUnit: "ok" },
  }),
  "opinions.recordMeetingOpinionAction": row({
    scope: "own tổ",
    prepare: (w) => makeMeeting(w),
    input: (m, w) => ({
      meetingId: m.id,
      topic: "Nước uống",
      body: "Phòng giáo viên chưa có bình nước.",
      authorMemberId: memberOf(w),
    }),
    expected: GROUP_MANAGE,
  }),
  "opinions.startOpinionAction": row({
    scope: "unit",
    prepare: newOpinion,
    input: (o) => ({ opinionId: o.id }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "opinions.answerOpinionAction": row({
    scope: "unit",
    prepare: newOpinion,
    input: (o) => ({ opinionId: o.id, answer: "BCH đã đề xuất với Ban Giám hiệu." }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),
};

/** Actions not run by the matrix, with the reason and where they are covered instead. */
export const MEETINGS_NOT_COVERED: Record<string, string> = {};

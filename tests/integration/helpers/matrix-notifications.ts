// The notification rows of the action matrix (see action-matrix.ts and matrix-kit.ts): everyone signed
// in reads and sets their own notifications; nobody reaches another user's.
import { db } from "@/lib/db";
import { NOBODY, row, SELF, tag, type MatrixRow } from "./matrix-kit";
import type { World } from "./world";

/** A notice for the đoàn viên of the world: only they may mark it read. */
const membersNotice = (w: World) =>
  db.notification.create({
    data: {
      userId: w.people.member.user.id,
      kind: "OPINION_ANSWERED",
      eventKey: `matrix:${tag()}`,
      title: "Ý kiến của bạn đã được trả lời",
      body: "Ban Chấp hành đã trả lời ý kiến “Giờ họp”.",
      link: "/me/opinions",
    },
  });

export const NOTIFICATIONS_MATRIX: Record<string, MatrixRow> = {
  "notifications.markNotificationReadAction": row({
    scope: "own record",
    prepare: membersNotice,
    input: (n) => ({ notificationId: n.id }),
    expected: {
      ...NOBODY,
      member: "ok",
      leaderSameGroup: "NOT_FOUND",
      leaderOtherGroup: "NOT_FOUND",
      ubkt: "NOT_FOUND",
      bchMember: "NOT_FOUND",
      viceChair: "NOT_FOUND",
      chair: "NOT_FOUND",
      chairOfOtherUnit: "NOT_FOUND",
    },
  }),
  "notifications.markAllNotificationsReadAction": row({
    scope: "own record",
    prepare: membersNotice,
    input: () => ({}),
    expected: { ...SELF, chairOfOtherUnit: "ok" },
  }),
  "notifications.saveNotificationPreferencesAction": row({
    scope: "own record",
    input: () => ({
      kinds: [{ kind: "WELFARE_TO_APPROVE", inApp: true, email: false }],
      dailyDigest: false,
    }),
    expected: { ...SELF, chairOfOtherUnit: "ok" },
  }),
};

export const NOTIFICATIONS_NOT_COVERED: Record<string, string> = {};

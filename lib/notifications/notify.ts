import "server-only";
import * as clock from "@/lib/clock";
import type { Tx } from "@/lib/db";
import { formatDate, formatMoney } from "@/lib/format";
import { deliver, type Notice } from "./deliver";
import { usersLeadingGroup, usersOfMembers, usersWithPermission } from "./recipients";
import { submissionDecided } from "./submission-notices";

/** The events an operation reports, by what it changed; each becomes one notice. */
export type NotifyEvent =
  | { kind: "REGISTRATION_RETURNED"; registrationIds: string[] }
  | { kind: "ASSESSMENT_RETURNED"; assessmentId: string }
  | { kind: "OPINION_ANSWERED"; opinionId: string }
  | { kind: "MINUTES_TO_SIGN"; meetingId: string }
  | { kind: "WELFARE_TO_APPROVE"; visitId: string }
  | { kind: "SUBMISSION_RETURNED" | "SUBMISSION_ACCEPTED"; submissionId: string };

/**
 * The one call an operation makes, inside its own transaction: the notifications and their mails
 * commit (or roll back) with the change. Reads the stored rows, so it says what was committed.
 */
export async function notify(tx: Tx, event: NotifyEvent) {
  for (const notice of await noticesFor(tx, event)) await deliver(tx, notice);
}

async function noticesFor(tx: Tx, event: NotifyEvent): Promise<Notice[]> {
  switch (event.kind) {
    case "REGISTRATION_RETURNED":
      return registrationsReturned(tx, event.registrationIds);
    case "ASSESSMENT_RETURNED":
      return assessmentReturned(tx, event.assessmentId);
    case "OPINION_ANSWERED":
      return opinionAnswered(tx, event.opinionId);
    case "MINUTES_TO_SIGN":
      return minutesToSign(tx, event.meetingId);
    case "WELFARE_TO_APPROVE":
      return welfareToApprove(tx, event.visitId);
    case "SUBMISSION_RETURNED":
    case "SUBMISSION_ACCEPTED":
      return submissionDecided(tx, event.kind, event.submissionId);
  }
}

async function registrationsReturned(tx: Tx, ids: string[]): Promise<Notice[]> {
  const rows = await tx.emulationRegistration.findMany({
    where: { id: { in: ids }, state: "RETURNED" },
    select: {
      id: true,
      memberId: true,
      groupId: true,
      decidedAt: true,
      returnReason: true,
      year: { select: { year: true } },
    },
  });
  const notices: Notice[] = [];
  for (const r of rows) {
    const own = !!r.memberId;
    notices.push({
      kind: "REGISTRATION_RETURNED",
      eventKey: `registration-returned:${r.id}:${r.decidedAt?.getTime() ?? 0}`,
      recipients: own
        ? await usersOfMembers(tx, [r.memberId])
        : await usersLeadingGroup(tx, r.groupId!, clock.today()),
      title: own ? "Bản đăng ký thi đua của bạn bị trả lại" : "Bản đăng ký thi đua của tổ bị trả lại",
      body: `Ban Chấp hành đã trả lại bản đăng ký thi đua ${r.year.year}. Lý do: ${r.returnReason ?? "—"}. Vui lòng sửa và gửi lại.`,
      link: own ? "/me/emulation" : `/emulation/groups/${r.groupId}`,
    });
  }
  return notices;
}

async function assessmentReturned(tx: Tx, id: string): Promise<Notice[]> {
  const a = await tx.emulationSelfAssessment.findUniqueOrThrow({
    where: { id },
    select: { memberId: true, returnedAt: true, returnReason: true },
  });
  return [
    {
      kind: "ASSESSMENT_RETURNED",
      eventKey: `assessment-returned:${id}:${a.returnedAt?.getTime() ?? 0}`,
      recipients: await usersOfMembers(tx, [a.memberId]),
      title: "Phiếu tự đánh giá của bạn bị trả lại",
      body: `Tổ trưởng đã trả lại phiếu tự đánh giá. Lý do: ${a.returnReason ?? "—"}. Vui lòng sửa và nộp lại.`,
      link: "/me/emulation/assessment",
    },
  ];
}

/**
 * Only to the sender, and saying nothing the sender does not know: no name of who answered, and
 * nothing is written anywhere another user can read. An anonymous opinion's answer is never mailed:
 * a mail to the sender, sent the moment the BCH answers, would tell whoever reads the mail server's
 * log who wrote it (docs/security.md, anonymity).
 */
async function opinionAnswered(tx: Tx, id: string): Promise<Notice[]> {
  const o = await tx.opinion.findUniqueOrThrow({
    where: { id },
    select: { senderMemberId: true, topic: true, isAnonymous: true },
  });
  if (!o.senderMemberId) return [];
  return [
    {
      kind: "OPINION_ANSWERED",
      eventKey: `opinion-answered:${id}`,
      recipients: await usersOfMembers(tx, [o.senderMemberId]),
      title: "Ý kiến của bạn đã được trả lời",
      body: `Ban Chấp hành đã trả lời ý kiến “${o.topic}”.`,
      link: "/me/opinions",
      inAppOnly: o.isAnonymous,
    },
  ];
}

async function minutesToSign(tx: Tx, meetingId: string): Promise<Notice[]> {
  const m = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: { title: true, startsAt: true, chairMemberId: true, version: true },
  });
  return [
    {
      kind: "MINUTES_TO_SIGN",
      eventKey: `minutes-to-sign:${meetingId}:${m.version}`,
      recipients: await usersOfMembers(tx, [m.chairMemberId]),
      title: "Biên bản chờ ký",
      body: `Biên bản cuộc họp “${m.title}” ngày ${formatDate(m.startsAt)} đã được ghi và chờ chủ trì ký.`,
      link: `/meetings/${meetingId}/minutes`,
    },
  ];
}

async function welfareToApprove(tx: Tx, visitId: string): Promise<Notice[]> {
  const v = await tx.welfareVisit.findUniqueOrThrow({
    where: { id: visitId },
    select: {
      unitId: true,
      amount: true,
      proposedById: true,
      member: { select: { fullName: true } },
      category: { select: { name: true } },
    },
  });
  const approvers = await usersWithPermission(tx, v.unitId, "welfare.approve", clock.today());
  return [
    {
      kind: "WELFARE_TO_APPROVE",
      eventKey: `welfare-to-approve:${visitId}`,
      recipients: approvers.filter((u) => u !== v.proposedById),
      title: "Đề xuất thăm hỏi chờ duyệt",
      body: `Đề xuất ${v.category.name.toLowerCase()} cho ${v.member.fullName}, ${formatMoney(v.amount)}, đang chờ duyệt.`,
      link: `/welfare/${visitId}`,
    },
  ];
}

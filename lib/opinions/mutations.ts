import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, forbidden, invalid, notFound } from "@/lib/errors";
import { meetingManageScope } from "@/lib/meetings/scope";
import type { z } from "@/lib/validation";
import type { answerOpinionSchema, opinionIdSchema, recordOpinionSchema, sendOpinionSchema } from "./schema";

/**
 * From "Của tôi". An anonymous opinion keeps the sender (so that they see the answer) but no
 * author, and its audit row names no actor: the promise of anonymity covers the audit log too.
 */
export async function sendOpinion(actor: Actor, v: z.output<typeof sendOpinionSchema>) {
  if (!actor.memberId) throw forbidden();
  return db.$transaction(async (tx) => {
    const o = await tx.opinion.create({
      data: {
        unitId: actor.unitId,
        senderMemberId: actor.memberId,
        authorMemberId: v.isAnonymous ? null : actor.memberId,
        isAnonymous: v.isAnonymous,
        topic: v.topic,
        body: v.body,
      },
      select: { id: true },
    });
    await writeAudit(tx, v.isAnonymous ? null : actor, {
      action: "opinion.send",
      entityType: "Opinion",
      entityId: o.id,
      after: { topic: v.topic, isAnonymous: v.isAnonymous },
    });
    return { id: o.id };
  });
}

/** What a member said in a meeting, recorded by whoever manages the meeting. */
export async function recordMeetingOpinion(actor: Actor, v: z.output<typeof recordOpinionSchema>) {
  return db.$transaction(async (tx) => {
    const m = await tx.meeting.findFirst({
      where: { AND: [{ id: v.meetingId }, meetingManageScope(actor)] },
      select: { id: true, unitId: true },
    });
    if (!m) throw notFound();
    if (v.authorMemberId) {
      const author = await tx.member.findFirst({
        where: { id: v.authorMemberId, unitId: m.unitId },
        select: { id: true },
      });
      if (!author) throw invalid({ authorMemberId: "Người nêu ý kiến phải là đoàn viên của đơn vị." });
    }
    const o = await tx.opinion.create({
      data: {
        unitId: m.unitId,
        meetingId: m.id,
        authorMemberId: v.authorMemberId || null,
        isAnonymous: !v.authorMemberId,
        topic: v.topic,
        body: v.body,
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "opinion.record",
      entityType: "Opinion",
      entityId: o.id,
      after: { meetingId: m.id, topic: v.topic, authorMemberId: v.authorMemberId || null },
    });
    return { id: o.id };
  });
}

async function loadInUnit(actor: Actor, id: string) {
  const o = await db.opinion.findFirst({
    where: { id, unitId: actor.unitId },
    select: { id: true, status: true },
  });
  if (!o) throw notFound();
  return o;
}

/** mới → đang xử lý. */
export async function startOpinion(actor: Actor, v: z.output<typeof opinionIdSchema>) {
  const o = await loadInUnit(actor, v.opinionId);
  if (o.status !== "NEW") throw conflict("Chỉ ý kiến mới chuyển được sang “đang xử lý”.");
  return db.$transaction(async (tx) => {
    const r = await tx.opinion.updateMany({
      where: { id: o.id, status: "NEW" },
      data: { status: "IN_PROGRESS" },
    });
    if (!r.count) throw conflict("Ý kiến vừa được người khác xử lý. Hãy tải lại trang.");
    await writeAudit(tx, actor, {
      action: "opinion.start",
      entityType: "Opinion",
      entityId: o.id,
      before: { status: "NEW" },
      after: { status: "IN_PROGRESS" },
    });
    return { status: "IN_PROGRESS" as const };
  });
}

/** mới / đang xử lý → đã trả lời, with the BCH's answer. */
export async function answerOpinion(actor: Actor, v: z.output<typeof answerOpinionSchema>) {
  const o = await loadInUnit(actor, v.opinionId);
  if (o.status === "ANSWERED") throw conflict("Ý kiến này đã được trả lời.");
  return db.$transaction(async (tx) => {
    const answeredAt = new Date();
    const r = await tx.opinion.updateMany({
      where: { id: o.id, status: { not: "ANSWERED" } },
      data: { status: "ANSWERED", answer: v.answer, answeredByUserId: actor.userId, answeredAt },
    });
    if (!r.count) throw conflict("Ý kiến này đã được trả lời.");
    await writeAudit(tx, actor, {
      action: "opinion.answer",
      entityType: "Opinion",
      entityId: o.id,
      before: { status: o.status },
      after: { status: "ANSWERED", answer: v.answer, answeredAt },
    });
    return { status: "ANSWERED" as const };
  });
}

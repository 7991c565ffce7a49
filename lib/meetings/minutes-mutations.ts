import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { conflict, forbidden, invalid, notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { reasonOf, writeAttendanceMarks } from "./attendance-data";
import { bumpVersion, loadForWrite, unitMemberIds } from "./guard";
import { syncAgenda } from "./plan-mutations";
import type {
  attendanceSchema,
  decisionDoneSchema,
  decisionSchema,
  meetingIdSchema,
  minutesSchema,
  reopenSchema,
} from "./schema";
import { canReopen, meetingReadScope } from "./scope";
import { toVnParts, transition, vnMoment, voteError } from "./service";

type In<S extends z.ZodType> = z.output<S>;

const refuseUnless = (r: ReturnType<typeof transition>) => {
  if (!r.ok) throw conflict(r.error);
  return r.to;
};

export async function markHeld(actor: Actor, input: In<typeof meetingIdSchema>) {
  return db.$transaction(async (tx) => {
    const m = await loadForWrite(tx, actor, input.meetingId);
    const to = refuseUnless(transition(m.status, "markHeld"));
    await bumpVersion(tx, m, { status: to });
    await writeAudit(tx, actor, {
      action: "meeting.held",
      entityType: "Meeting",
      entityId: m.id,
      before: { status: m.status },
      after: { status: to },
    });
    return { status: to };
  });
}

/** Saves every mark in one statement; the audit row lists only what changed. */
export async function saveAttendance(actor: Actor, input: In<typeof attendanceSchema>) {
  return db.$transaction(async (tx) => {
    const m = await loadForWrite(tx, actor, input.meetingId);
    await bumpVersion(tx, m);
    const before = await tx.meetingInvitee.findMany({
      where: { meetingId: m.id },
      select: { memberId: true, attendance: true, absenceReason: true },
    });
    const was = new Map(before.map((b) => [b.memberId, b]));
    const changes = input.marks
      .filter((mk) => was.has(mk.memberId))
      .map((mk) => ({
        memberId: mk.memberId,
        from: was.get(mk.memberId)!.attendance,
        to: mk.attendance || null,
        reason: reasonOf(mk),
        oldReason: was.get(mk.memberId)!.absenceReason,
      }))
      .filter((c) => c.from !== c.to || c.reason !== c.oldReason);
    const changed = changes.length ? await writeAttendanceMarks(tx, m.id, input.marks) : 0;
    await writeAudit(tx, actor, {
      action: "meeting.attendance",
      entityType: "Meeting",
      entityId: m.id,
      before: {
        marks: changes.map((c) => ({ memberId: c.memberId, attendance: c.from, reason: c.oldReason })),
      },
      after: {
        changed,
        marks: changes.map((c) => ({ memberId: c.memberId, attendance: c.to, reason: c.reason })),
      },
    });
    return { changed };
  });
}

export async function saveMinutes(actor: Actor, input: In<typeof minutesSchema>) {
  return db.$transaction(async (tx) => {
    const m = await loadForWrite(tx, actor, input.meetingId);
    const to = refuseUnless(transition(m.status, "saveMinutes"));
    const present = await tx.meetingInvitee.count({ where: { meetingId: m.id, attendance: "PRESENT" } });
    const errors: Record<string, string> = {};
    input.items.forEach((item, i) => {
      const e = voteError(item, present);
      if (e) errors[`items.${i}.votesFor`] = e;
    });
    if (Object.keys(errors).length) throw invalid(errors, Object.values(errors)[0]);
    const endsAt = input.endTime
      ? vnMoment(toVnParts(m.startsAt).date.split("/").reverse().join("-"), input.endTime)
      : null;
    if (endsAt && endsAt <= m.startsAt) throw invalid({ endTime: "Giờ kết thúc phải sau giờ bắt đầu." });
    await bumpVersion(tx, m, { status: to, endsAt }, input.version);
    const before = await tx.agendaItem.findMany({
      where: { meetingId: m.id },
      orderBy: { position: "asc" },
      select: { title: true, votesFor: true, votesAgainst: true, votesOther: true, conclusion: true },
    });
    await syncAgenda(tx, m.id, input.items, true);
    await writeAudit(tx, actor, {
      action: "meeting.minutes.save",
      entityType: "Meeting",
      entityId: m.id,
      before: { status: m.status, items: before },
      after: {
        status: to,
        endsAt,
        items: input.items.map((i) => ({
          title: i.title,
          votesFor: i.votesFor,
          votesAgainst: i.votesAgainst,
          votesOther: i.votesOther,
          conclusion: i.conclusion,
        })),
      },
    });
    return { version: input.version + 1 };
  });
}

export async function signMinutes(actor: Actor, input: In<typeof meetingIdSchema>) {
  return db.$transaction(async (tx) => {
    const m = await loadForWrite(tx, actor, input.meetingId);
    const to = refuseUnless(transition(m.status, "sign"));
    if (!m.chairMemberId || !m.secretaryMemberId)
      throw conflict("Biên bản cần có chủ trì và thư ký trước khi ký. Hãy sửa thông tin cuộc họp.");
    const unmarked = await tx.meetingInvitee.count({ where: { meetingId: m.id, attendance: null } });
    if (unmarked)
      throw conflict(`Còn ${unmarked} người chưa điểm danh. Hãy điểm danh đủ trước khi ký biên bản.`);
    const signedAt = new Date();
    await bumpVersion(tx, m, { status: to, signedAt, signedByUserId: actor.userId });
    await writeAudit(tx, actor, {
      action: "meeting.minutes.sign",
      entityType: "Meeting",
      entityId: m.id,
      before: { status: m.status },
      after: { status: to, signedAt },
    });
    return { status: to };
  });
}

/** The chủ tịch or the meeting's chủ trì, with a reason; back to a draft. */
export async function reopenMinutes(actor: Actor, input: In<typeof reopenSchema>) {
  return db.$transaction(async (tx) => {
    const m = await loadForWrite(tx, actor, input.meetingId, {
      allowLocked: true,
      where: meetingReadScope(actor),
    });
    if (!canReopen(actor, m)) throw forbidden();
    const to = refuseUnless(transition(m.status, "reopen"));
    await bumpVersion(tx, m, { status: to, signedAt: null, signedByUserId: null });
    await writeAudit(tx, actor, {
      action: "meeting.minutes.reopen",
      entityType: "Meeting",
      entityId: m.id,
      before: { status: m.status },
      after: { status: to, reason: input.reason },
    });
    return { status: to };
  });
}

export async function addDecision(actor: Actor, input: In<typeof decisionSchema>) {
  return db.$transaction(async (tx) => {
    const m = await loadForWrite(tx, actor, input.meetingId);
    if (m.status === "PLANNED") throw conflict("Cuộc họp chưa diễn ra: chưa ghi được quyết định.");
    if (!(await unitMemberIds(tx, m.unitId, [input.assigneeMemberId])).has(input.assigneeMemberId))
      throw invalid({ assigneeMemberId: "Người thực hiện phải là đoàn viên đang sinh hoạt của đơn vị." });
    await bumpVersion(tx, m);
    const d = await tx.meetingDecision.create({
      data: {
        meetingId: m.id,
        content: input.content,
        assigneeMemberId: input.assigneeMemberId,
        dueOn: input.dueOn ? new Date(`${input.dueOn}T00:00:00.000Z`) : null,
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "meeting.decision.add",
      entityType: "MeetingDecision",
      entityId: d.id,
      after: {
        meetingId: m.id,
        content: input.content,
        assigneeMemberId: input.assigneeMemberId,
        dueOn: input.dueOn || null,
      },
    });
    return { id: d.id };
  });
}

/** Follow-up, not minutes: allowed after signing too (docs/decisions/0010-meetings.md). */
export async function setDecisionDone(actor: Actor, input: In<typeof decisionDoneSchema>) {
  return db.$transaction(async (tx) => {
    const d = await tx.meetingDecision.findFirst({
      where: { id: input.decisionId },
      select: { id: true, meetingId: true, isDone: true },
    });
    if (!d) throw notFound();
    await loadForWrite(tx, actor, d.meetingId, { allowLocked: true });
    if (d.isDone === input.isDone) return { isDone: d.isDone };
    const doneOn = input.isDone ? clock.today() : null;
    await tx.meetingDecision.update({ where: { id: d.id }, data: { isDone: input.isDone, doneOn } });
    await writeAudit(tx, actor, {
      action: "meeting.decision.done",
      entityType: "MeetingDecision",
      entityId: d.id,
      before: { isDone: d.isDone },
      after: { isDone: input.isDone, doneOn },
    });
    return { isDone: input.isDone };
  });
}

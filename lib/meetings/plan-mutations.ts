import "server-only";
import { writeAudit } from "@/lib/audit/log";
import { type Actor, can } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import { forbidden, invalid } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { bumpVersion, loadForWrite, unitMemberIds } from "./guard";
import type {
  createMeetingSchema,
  inviteSchema,
  meetingFormSchema,
  removeInviteeSchema,
  updateMeetingSchema,
} from "./schema";
import { vnMoment, vnYear } from "./service";

type FormData = z.output<typeof meetingFormSchema>;
type AgendaInput = {
  id?: string;
  title: string;
  isMain: boolean;
  discussion?: string;
  votesFor?: number | null;
  votesAgainst?: number | null;
  votesOther?: number | null;
  conclusion?: string;
};

const manageAll = (a: Actor) => can(a, "meetings.manage");

/** Checks the references of a meeting form against the unit; returns the data to store. */
async function checkForm(tx: Tx, actor: Actor, v: FormData) {
  const errors: Record<string, string> = {};
  if ((v.type === "GROUP" || v.type === "GROUP_REVIEW") && !v.groupId)
    errors.groupId = "Sinh hoạt tổ cần chọn tổ công đoàn.";
  if (!manageAll(actor)) {
    if (!v.groupId) errors.groupId = "Tổ trưởng chỉ lập được cuộc họp của tổ mình phụ trách: hãy chọn tổ.";
    else if (!actor.ledGroupIds.includes(v.groupId)) throw forbidden();
  }
  if (
    v.groupId &&
    !(await tx.group.findFirst({ where: { id: v.groupId, unitId: actor.unitId }, select: { id: true } }))
  )
    errors.groupId = "Tổ không thuộc công đoàn cơ sở của bạn.";
  const people = await unitMemberIds(
    tx,
    actor.unitId,
    [v.chairMemberId, v.secretaryMemberId].filter(Boolean),
  );
  if (v.chairMemberId && !people.has(v.chairMemberId))
    errors.chairMemberId = "Chủ trì phải là đoàn viên đang sinh hoạt của đơn vị.";
  if (v.secretaryMemberId && !people.has(v.secretaryMemberId))
    errors.secretaryMemberId = "Thư ký phải là đoàn viên đang sinh hoạt của đơn vị.";
  if (v.preparatoryMeetingId) {
    const prep = await tx.meeting.findFirst({
      where: {
        id: v.preparatoryMeetingId,
        unitId: actor.unitId,
        type: { in: ["BCH_REGULAR", "BCH_EXTRAORDINARY"] },
      },
      select: { id: true },
    });
    if (!prep) errors.preparatoryMeetingId = "Cuộc họp chuẩn bị phải là một cuộc họp BCH của đơn vị.";
  }
  if (Object.keys(errors).length) throw invalid(errors);
  const startsAt = vnMoment(v.date, v.startTime);
  return {
    type: v.type,
    title: v.title,
    startsAt,
    place: v.place,
    groupId: v.groupId || null,
    chairMemberId: v.chairMemberId || null,
    secretaryMemberId: v.secretaryMemberId || null,
    preparatoryMeetingId: v.preparatoryMeetingId || null,
  };
}

/** Replaces a meeting's agenda: known ids are updated, new items created, the rest removed. */
export async function syncAgenda(tx: Tx, meetingId: string, items: AgendaInput[], withMinutes = false) {
  const existing = await tx.agendaItem.findMany({ where: { meetingId }, select: { id: true } });
  const keep = new Set(items.map((i) => i.id).filter(Boolean));
  const gone = existing.filter((e) => !keep.has(e.id)).map((e) => e.id);
  if (gone.length) await tx.agendaItem.deleteMany({ where: { meetingId, id: { in: gone } } });
  const known = new Set(existing.map((e) => e.id));
  for (const [position, item] of items.entries()) {
    // The plan form carries only titles: it must not wipe what the minutes recorded.
    const minutes = withMinutes
      ? {
          discussion: item.discussion || null,
          votesFor: item.votesFor ?? null,
          votesAgainst: item.votesAgainst ?? null,
          votesOther: item.votesOther ?? null,
          conclusion: item.conclusion || null,
        }
      : {};
    const data = { position, title: item.title, isMain: item.isMain, ...minutes };
    if (item.id && known.has(item.id)) await tx.agendaItem.update({ where: { id: item.id }, data });
    else await tx.agendaItem.create({ data: { ...data, meetingId } });
  }
}

/** Member ids for an invitation source, within what the actor may invite. */
async function inviteeIds(
  tx: Tx,
  actor: Actor,
  source: string,
  groupId: string | null | undefined,
  memberIds: string[] = [],
) {
  const limit = manageAll(actor) ? undefined : actor.ledGroupIds;
  const current = { unitId: actor.unitId, status: { in: ["ACTIVE" as const, "SUSPENDED" as const] } };
  if (source === "members") return [...(await unitMemberIds(tx, actor.unitId, memberIds, limit))];
  if (source === "group") {
    if (!groupId) throw invalid({ invite: "Hãy chọn tổ để mời đoàn viên của tổ." });
    if (limit && !limit.includes(groupId)) throw forbidden();
    return (await tx.member.findMany({ where: { ...current, groupId }, select: { id: true } })).map(
      (m) => m.id,
    );
  }
  if (limit) throw invalid({ invite: "Tổ trưởng chỉ mời được đoàn viên của tổ mình." });
  if (source === "unit")
    return (await tx.member.findMany({ where: current, select: { id: true } })).map((m) => m.id);
  const today = clock.today();
  const bch = await tx.position.findMany({
    where: {
      office: { in: ["CHAIR", "VICE_CHAIR", "BCH_MEMBER"] },
      term: { unitId: actor.unitId },
      startOn: { lte: today },
      OR: [{ endOn: null }, { endOn: { gte: today } }],
      member: current,
    },
    select: { memberId: true },
  });
  return [...new Set(bch.map((p) => p.memberId))];
}

export async function createMeeting(actor: Actor, v: z.output<typeof createMeetingSchema>) {
  return db.$transaction(async (tx) => {
    const data = await checkForm(tx, actor, v);
    const year = vnYear(data.startsAt);
    // One creator at a time per unit, so that two meetings never take the same number.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`meeting-number:${actor.unitId}`}))`;
    const last = await tx.meeting.aggregate({
      where: { unitId: actor.unitId, year },
      _max: { number: true },
    });
    const m = await tx.meeting.create({
      data: { ...data, unitId: actor.unitId, year, number: (last._max.number ?? 0) + 1 },
      select: { id: true, number: true },
    });
    await syncAgenda(tx, m.id, v.agenda);
    const ids = v.invite === "none" ? [] : await inviteeIds(tx, actor, v.invite, data.groupId);
    if (ids.length)
      await tx.meetingInvitee.createMany({
        data: ids.map((memberId) => ({ meetingId: m.id, memberId })),
        skipDuplicates: true,
      });
    await writeAudit(tx, actor, {
      action: "meeting.create",
      entityType: "Meeting",
      entityId: m.id,
      after: { ...data, year, number: m.number, agenda: v.agenda.map((a) => a.title), invited: ids.length },
    });
    return { id: m.id };
  });
}

export async function updateMeeting(actor: Actor, input: z.output<typeof updateMeetingSchema>) {
  return db.$transaction(async (tx) => {
    const m = await loadForWrite(tx, actor, input.id);
    const data = await checkForm(tx, actor, input.values);
    if (!manageAll(actor) && data.groupId !== m.groupId) throw forbidden();
    await bumpVersion(tx, m, data, input.version);
    await syncAgenda(tx, m.id, input.values.agenda);
    await writeAudit(tx, actor, {
      action: "meeting.update",
      entityType: "Meeting",
      entityId: m.id,
      before: {
        startsAt: m.startsAt,
        chairMemberId: m.chairMemberId,
        secretaryMemberId: m.secretaryMemberId,
      },
      after: { ...data, agenda: input.values.agenda.map((a) => a.title) },
    });
    return { id: m.id };
  });
}

export async function inviteMembers(actor: Actor, input: z.output<typeof inviteSchema>) {
  return db.$transaction(async (tx) => {
    const m = await loadForWrite(tx, actor, input.meetingId);
    const ids = await inviteeIds(
      tx,
      actor,
      input.source,
      input.source === "group" ? input.groupId : null,
      input.memberIds,
    );
    const r = ids.length
      ? await tx.meetingInvitee.createMany({
          data: ids.map((memberId) => ({ meetingId: m.id, memberId })),
          skipDuplicates: true,
        })
      : { count: 0 };
    await bumpVersion(tx, m);
    await writeAudit(tx, actor, {
      action: "meeting.invite",
      entityType: "Meeting",
      entityId: m.id,
      after: { source: input.source, groupId: input.groupId ?? null, added: r.count },
    });
    return { added: r.count };
  });
}

export async function removeInvitee(actor: Actor, input: z.output<typeof removeInviteeSchema>) {
  return db.$transaction(async (tx) => {
    const m = await loadForWrite(tx, actor, input.meetingId);
    const row = await tx.meetingInvitee.findUnique({
      where: { meetingId_memberId: { meetingId: m.id, memberId: input.memberId } },
      select: { id: true, attendance: true },
    });
    if (!row) throw invalid({ memberId: "Đoàn viên này không có trong danh sách mời." });
    if (row.attendance)
      throw invalid({ memberId: "Đã điểm danh người này; hãy sửa điểm danh thay vì bỏ khỏi danh sách mời." });
    await tx.meetingInvitee.delete({ where: { id: row.id } });
    await bumpVersion(tx, m);
    await writeAudit(tx, actor, {
      action: "meeting.uninvite",
      entityType: "Meeting",
      entityId: m.id,
      before: { memberId: input.memberId },
    });
    return { ok: true };
  });
}

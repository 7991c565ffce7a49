import "server-only";
// What planning a meeting checks (create, edit, invite): the form's references against the unit,
// and who an invitation source brings in, within what the actor may invite.
import { type Actor, can } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import type { Tx } from "@/lib/db";
import { forbidden, invalid } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { unitMemberIds } from "./guard";
import type { meetingFormSchema } from "./schema";
import { vnMoment } from "./service";

type MeetingFormData = z.output<typeof meetingFormSchema>;

export const manageAll = (a: Actor) => can(a, "meetings.manage");

/** Checks the references of a meeting form against the unit; returns the data to store. */
export async function checkMeetingForm(tx: Tx, actor: Actor, v: MeetingFormData) {
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

/** Member ids for an invitation source, within what the actor may invite. */
export async function inviteeIds(
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

import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db, type Tx } from "@/lib/db";
import { conflict, invalid, notFound } from "@/lib/errors";
import type { Member } from "@/lib/generated/prisma/client";
import { dayBefore, endGroupOffices, endMemberOffices } from "@/lib/groups/offices";
import { parseDateInput } from "@/lib/validation";
import { assertGroupInUnit } from "./assert-group-in-unit";
import { EVENT_LABELS, STATUS_LABELS } from "./labels";
import type { LifecycleData } from "./schema";
import { memberScope } from "./scope";
import { canApply, endsMembership, needsTargetGroup, statusAfter } from "./service";

/** A dated lifecycle event: chuyển tổ, chuyển sinh hoạt đi/đến, tạm dừng, thôi sinh hoạt, nghỉ hưu, khai trừ. */
export async function changeMemberStatus(actor: Actor, input: LifecycleData) {
  const member = await db.member.findFirst({
    where: { AND: [{ id: input.memberId }, memberScope(actor)] },
  });
  if (!member) throw notFound();
  if (!canApply(member.status, input.event)) {
    throw invalid({
      event: `Không thể "${EVENT_LABELS[input.event]}" khi đoàn viên đang ở trạng thái "${STATUS_LABELS[member.status]}".`,
    });
  }
  const on = parseDateInput(input.effectiveOn)!;
  const toGroupId = needsTargetGroup(input.event) ? input.toGroupId! : null;
  await checkTargetGroup(actor, input, member, toGroupId);
  await checkAfterLastEvent(member.id, on);
  const status = statusAfter(member.status, input.event);
  await db.$transaction((tx) => writeStatusChange(tx, actor, input, { member, on, toGroupId, status }));
  return { id: member.id, status };
}

async function checkTargetGroup(
  actor: Actor,
  input: LifecycleData,
  member: Member,
  toGroupId: string | null,
) {
  if (!toGroupId) return;
  await assertGroupInUnit(toGroupId, actor.unitId, "toGroupId");
  if (input.event === "GROUP_CHANGED" && toGroupId === member.groupId)
    throw invalid({ toGroupId: "Đoàn viên đã ở tổ này." });
}

async function checkAfterLastEvent(memberId: string, on: Date) {
  const last = await db.memberEvent.findFirst({
    where: { memberId },
    orderBy: { effectiveOn: "desc" },
    select: { effectiveOn: true },
  });
  if (last && on < last.effectiveOn)
    throw invalid({ effectiveOn: "Ngày hiệu lực không thể trước sự kiện gần nhất của đoàn viên." });
}

type Change = { member: Member; on: Date; toGroupId: string | null; status: Member["status"] };

async function writeStatusChange(tx: Tx, actor: Actor, input: LifecycleData, c: Change) {
  const { member, on, toGroupId, status } = c;
  // Optimistic check on the row read above: a concurrent event makes this match nothing.
  const claimed = await tx.member.updateMany({
    where: { id: member.id, updatedAt: member.updatedAt },
    data: { status, groupId: toGroupId ?? member.groupId },
  });
  if (claimed.count !== 1)
    throw conflict("Hồ sơ đoàn viên vừa được thay đổi. Vui lòng tải lại trang và thử lại.");
  if (toGroupId || endsMembership(input.event)) {
    await tx.groupMembership.updateMany({
      where: { memberId: member.id, endOn: null },
      data: { endOn: on },
    });
  }
  if (toGroupId)
    await tx.groupMembership.create({ data: { memberId: member.id, groupId: toGroupId, startOn: on } });
  const endedPositions = await endOffices(tx, actor, input, member, on);
  await tx.memberEvent.create({
    data: {
      memberId: member.id,
      type: input.event,
      effectiveOn: on,
      reason: input.reason || null,
      fromGroupId: member.groupId,
      toGroupId,
      createdById: actor.userId,
    },
  });
  await writeAudit(tx, actor, {
    action: `member.${input.event.toLowerCase()}`,
    entityType: "Member",
    entityId: member.id,
    before: { status: member.status, groupId: member.groupId },
    after: {
      status,
      groupId: toGroupId ?? member.groupId,
      effectiveOn: input.effectiveOn,
      reason: input.reason,
      endedPositions,
    },
  });
}

/** A tổ trưởng / tổ phó who moves no longer leads the old tổ from the day of the move; one who leaves holds no office. */
async function endOffices(tx: Tx, actor: Actor, input: LifecycleData, member: Member, on: Date) {
  let ended = 0;
  if (input.event === "GROUP_CHANGED")
    ended = await endGroupOffices(tx, actor, { memberId: member.id, groupId: member.groupId }, dayBefore(on));
  if (endsMembership(input.event)) ended = await endMemberOffices(tx, actor, member.id, on);
  return ended;
}

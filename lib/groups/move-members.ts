import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import { conflict, invalid, notFound } from "@/lib/errors";
import { memberScope } from "@/lib/members/scope";
import { parseDateInput, type z } from "@/lib/validation";
import { dayBefore, endGroupOffices } from "./offices";
import type { moveMembersSchema } from "./schema";
import { checkMove } from "./service";

type MoveInput = z.output<typeof moveMembersSchema>;

/**
 * Chuyển tổ for several members at once, dated: the same records as changeMemberStatus with
 * GROUP_CHANGED, all in one transaction, with one audit row per member. A tổ trưởng or tổ phó
 * who leaves their tổ leaves that office the day before the move (docs/decisions/0007).
 */
export async function moveMembers(actor: Actor, input: MoveInput) {
  const ids = [...new Set(input.memberIds)];
  const members = await findMovingMembers(actor, ids);
  if (members.length !== ids.length) throw notFound();
  const target = await db.group.findFirst({
    where: { id: input.toGroupId, unitId: actor.unitId, archivedAt: null },
    select: { id: true },
  });
  if (!target) throw invalid({ toGroupId: "Tổ công đoàn không tồn tại." });
  const on = parseDateInput(input.effectiveOn)!;
  const candidates = members.map((m) => ({
    ...m,
    inGroupSince: m.memberships[0]?.startOn ?? null,
    lastEventOn: m.events[0]?.effectiveOn ?? null,
  }));
  const problem = checkMove(candidates, target.id, on, clock.today());
  if (problem) throw invalid(problem, Object.values(problem)[0]);

  await db.$transaction(
    async (tx) => {
      for (const m of members) await moveOne(tx, actor, m, { ...input, toGroupId: target.id, on });
    },
    { timeout: 60_000 },
  ); // a whole tổ moved at once is a few hundred statements
  return { moved: members.length, toGroupId: target.id };
}

function findMovingMembers(actor: Actor, ids: string[]) {
  return db.member.findMany({
    where: { AND: [{ id: { in: ids } }, memberScope(actor)] },
    select: {
      id: true,
      fullName: true,
      status: true,
      groupId: true,
      updatedAt: true,
      memberships: {
        where: { endOn: null },
        select: { startOn: true },
        orderBy: { startOn: "desc" },
        take: 1,
      },
      events: { select: { effectiveOn: true }, orderBy: { effectiveOn: "desc" }, take: 1 },
    },
  });
}

type MovingMember = Awaited<ReturnType<typeof findMovingMembers>>[number];

async function moveOne(tx: Tx, actor: Actor, m: MovingMember, move: MoveInput & { on: Date }) {
  const { on, toGroupId } = move;
  // Optimistic check on the row read above, as in changeMemberStatus: a concurrent change makes this match nothing.
  const claimed = await tx.member.updateMany({
    where: { id: m.id, updatedAt: m.updatedAt },
    data: { groupId: toGroupId },
  });
  if (claimed.count !== 1)
    throw conflict(`Hồ sơ của ${m.fullName} vừa được thay đổi. Vui lòng tải lại trang và thử lại.`);
  await tx.groupMembership.updateMany({
    where: { memberId: m.id, endOn: null },
    data: { endOn: on },
  });
  await tx.groupMembership.create({ data: { memberId: m.id, groupId: toGroupId, startOn: on } });
  const ended = await endGroupOffices(tx, actor, { memberId: m.id, groupId: m.groupId }, dayBefore(on));
  await tx.memberEvent.create({
    data: {
      memberId: m.id,
      type: "GROUP_CHANGED",
      effectiveOn: on,
      reason: move.reason || null,
      fromGroupId: m.groupId,
      toGroupId,
      createdById: actor.userId,
    },
  });
  await writeAudit(tx, actor, {
    action: "member.group_changed",
    entityType: "Member",
    entityId: m.id,
    before: { status: m.status, groupId: m.groupId },
    after: {
      status: m.status,
      groupId: toGroupId,
      effectiveOn: move.effectiveOn,
      reason: move.reason,
      endedGroupPositions: ended || undefined,
    },
  });
}

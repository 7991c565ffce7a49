"use server";
import { revalidatePath } from "next/cache";
import { legacyAction } from "@/lib/action";
import { writeAudit } from "@/lib/audit/log";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { conflict, invalid, notFound } from "@/lib/errors";
import { CURRENT_STATUSES } from "@/lib/members/labels";
import { memberScope } from "@/lib/members/scope";
import { parseDateInput } from "@/lib/validation";
import { dayBefore, endGroupOffices } from "./offices";
import {
  createGroupSchema,
  groupIdSchema,
  moveMembersSchema,
  normalizeGroupName,
  renameGroupSchema,
} from "./schema";
import { checkMove } from "./service";

const DUPLICATE = "Tên tổ đã tồn tại.";
const uniqueFields = { name: DUPLICATE };

// Case and spacing aside, two tổ with the same name would be confused in every list.
async function assertNameFree(unitId: string, name: string, exceptId?: string) {
  const clash = await db.group.findFirst({
    where: {
      unitId,
      name: { equals: name, mode: "insensitive" },
      ...(exceptId ? { NOT: { id: exceptId } } : {}),
    },
    select: { archivedAt: true },
  });
  if (clash) {
    const message = clash.archivedAt
      ? `${DUPLICATE} (một tổ đã lưu trữ). Hãy khôi phục tổ đó thay vì tạo mới.`
      : DUPLICATE;
    throw conflict(message, { name: message });
  }
}

async function findGroup(id: string, unitId: string) {
  const group = await db.group.findFirst({
    where: { id, unitId },
    select: { id: true, name: true, archivedAt: true },
  });
  if (!group) throw notFound();
  return group;
}

export const createGroup = legacyAction(
  { name: "group.create", permission: "groups.write", schema: createGroupSchema, uniqueFields },
  async (input, actor) => {
    const name = normalizeGroupName(input.name);
    await assertNameFree(actor.unitId, name);
    const group = await db.$transaction(async (tx) => {
      const g = await tx.group.create({
        data: { unitId: actor.unitId, name },
        select: { id: true, name: true },
      });
      await writeAudit(tx, actor, {
        action: "group.create",
        entityType: "Group",
        entityId: g.id,
        after: { name },
      });
      return g;
    });
    revalidatePath("/groups");
    return group;
  },
);

export const renameGroup = legacyAction(
  { name: "group.rename", permission: "groups.write", schema: renameGroupSchema, uniqueFields },
  async ({ id, ...input }, actor) => {
    const name = normalizeGroupName(input.name);
    const group = await findGroup(id, actor.unitId);
    if (group.name === name) return { id };
    await assertNameFree(actor.unitId, name, id);
    await db.$transaction(async (tx) => {
      await tx.group.update({ where: { id }, data: { name } });
      await writeAudit(tx, actor, {
        action: "group.rename",
        entityType: "Group",
        entityId: id,
        before: { name: group.name },
        after: { name },
      });
    });
    revalidatePath("/groups");
    revalidatePath(`/groups/${id}`);
    return { id };
  },
);

/** A tổ is never deleted: its history stays. It can be archived once nobody belongs to it. */
export const archiveGroup = legacyAction(
  { name: "group.archive", permission: "groups.write", schema: groupIdSchema },
  async ({ id }, actor) => {
    const group = await findGroup(id, actor.unitId);
    if (group.archivedAt) return { id };
    const today = clock.today();
    await db.$transaction(async (tx) => {
      const remaining = await tx.member.count({ where: { groupId: id, status: { in: CURRENT_STATUSES } } });
      if (remaining > 0) {
        throw conflict(
          `Tổ còn ${remaining} đoàn viên đang sinh hoạt. Hãy chuyển họ sang tổ khác trước khi lưu trữ.`,
        );
      }
      // Officers of an empty tổ leave office with it.
      const ended = await endGroupOffices(tx, actor, { groupId: id }, dayBefore(today));
      const archivedAt = new Date();
      await tx.group.update({ where: { id }, data: { archivedAt } });
      await writeAudit(tx, actor, {
        action: "group.archive",
        entityType: "Group",
        entityId: id,
        before: { archivedAt: null },
        after: { archivedAt, endedPositions: ended },
      });
    });
    revalidatePath("/groups");
    return { id };
  },
);

export const restoreGroup = legacyAction(
  { name: "group.restore", permission: "groups.write", schema: groupIdSchema },
  async ({ id }, actor) => {
    const group = await findGroup(id, actor.unitId);
    if (!group.archivedAt) return { id };
    await db.$transaction(async (tx) => {
      await tx.group.update({ where: { id }, data: { archivedAt: null } });
      await writeAudit(tx, actor, {
        action: "group.restore",
        entityType: "Group",
        entityId: id,
        before: { archivedAt: group.archivedAt },
        after: { archivedAt: null },
      });
    });
    revalidatePath("/groups");
    return { id };
  },
);

/**
 * Chuyển tổ for several members at once, dated: the same records as changeMemberStatus with
 * GROUP_CHANGED, all in one transaction, with one audit row per member. A tổ trưởng or tổ phó
 * who leaves their tổ leaves that office the day before the move (docs/decisions/0007).
 */
export const moveMembers = legacyAction(
  { name: "group.move-members", permission: "members.write", schema: moveMembersSchema },
  async (input, actor) => {
    const ids = [...new Set(input.memberIds)];
    const members = await db.member.findMany({
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
        for (const m of members) {
          // Optimistic check on the row read above, as in changeMemberStatus: a concurrent change makes this match nothing.
          const claimed = await tx.member.updateMany({
            where: { id: m.id, updatedAt: m.updatedAt },
            data: { groupId: target.id },
          });
          if (claimed.count !== 1)
            throw conflict(`Hồ sơ của ${m.fullName} vừa được thay đổi. Vui lòng tải lại trang và thử lại.`);
          await tx.groupMembership.updateMany({
            where: { memberId: m.id, endOn: null },
            data: { endOn: on },
          });
          await tx.groupMembership.create({ data: { memberId: m.id, groupId: target.id, startOn: on } });
          const ended = await endGroupOffices(
            tx,
            actor,
            { memberId: m.id, groupId: m.groupId },
            dayBefore(on),
          );
          await tx.memberEvent.create({
            data: {
              memberId: m.id,
              type: "GROUP_CHANGED",
              effectiveOn: on,
              reason: input.reason || null,
              fromGroupId: m.groupId,
              toGroupId: target.id,
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
              groupId: target.id,
              effectiveOn: input.effectiveOn,
              reason: input.reason,
              endedGroupPositions: ended || undefined,
            },
          });
        }
      },
      { timeout: 60_000 },
    ); // a whole tổ moved at once is a few hundred statements
    for (const groupId of new Set([...members.map((m) => m.groupId), target.id]))
      revalidatePath(`/groups/${groupId}`);
    revalidatePath("/groups");
    revalidatePath("/members");
    return { moved: members.length, toGroupId: target.id };
  },
);

import "server-only";
import { type Actor, can } from "@/lib/auth/current-user";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The visits an actor may read: the unit's (BCH, UBKT), their tổ's (tổ trưởng), their own. */
export function visitScope(actor: Actor): Prisma.WelfareVisitWhereInput {
  if (can(actor, "welfare.read.all")) return { unitId: actor.unitId };
  const or: Prisma.WelfareVisitWhereInput[] = [];
  if (can(actor, "welfare.read.group") && actor.ledGroupIds.length)
    or.push({ member: { groupId: { in: actor.ledGroupIds } } });
  if (can(actor, "welfare.read.own") && actor.memberId) or.push({ memberId: actor.memberId });
  if (!or.length) return { id: "__none__" };
  return { unitId: actor.unitId, OR: or };
}

/** The members an actor may propose a visit for: anyone in the unit for the BCH, their tổ for a tổ trưởng. */
export function proposableMembers(actor: Actor): Prisma.MemberWhereInput {
  const current = { status: { in: ["ACTIVE", "SUSPENDED"] as ("ACTIVE" | "SUSPENDED")[] } };
  if (can(actor, "welfare.record")) return { unitId: actor.unitId, ...current };
  if (can(actor, "welfare.propose") && actor.ledGroupIds.length)
    return { unitId: actor.unitId, groupId: { in: actor.ledGroupIds }, ...current };
  return { id: "__none__" };
}

import "server-only";
import { type Actor, can } from "@/lib/auth/current-user";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The members whose dues an actor may read: the unit's (BCH, UBKT), their tổ's (tổ trưởng), their own. */
export function duesMemberScope(actor: Actor): Prisma.MemberWhereInput {
  if (can(actor, "dues.read.all")) return { unitId: actor.unitId };
  const or: Prisma.MemberWhereInput[] = [];
  if (can(actor, "dues.read.group") && actor.ledGroupIds.length)
    or.push({ groupId: { in: actor.ledGroupIds } });
  if (can(actor, "dues.read.own") && actor.memberId) or.push({ id: actor.memberId });
  if (!or.length) return { id: "__none__" };
  return { unitId: actor.unitId, OR: or };
}

/** The members an actor may record a payment for: any in the unit (dues.write), their tổ's (tổ trưởng). */
export function duesCollectScope(actor: Actor): Prisma.MemberWhereInput {
  if (can(actor, "dues.write")) return { unitId: actor.unitId };
  if (can(actor, "dues.collect.group") && actor.ledGroupIds.length)
    return { unitId: actor.unitId, groupId: { in: actor.ledGroupIds } };
  return { id: "__none__" };
}

/** The tổ whose ledger an actor may open, or null for all of the unit's. */
export function readableGroupIds(actor: Actor): string[] | null {
  if (can(actor, "dues.read.all")) return null;
  if (can(actor, "dues.read.group")) return actor.ledGroupIds;
  return [];
}

import "server-only";
import { type Actor, can } from "@/lib/auth/current-user";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The members an actor may read in full, as a Prisma `where`. Anything outside behaves as not found. */
export function memberScope(actor: Actor): Prisma.MemberWhereInput {
  if (can(actor, "members.read.all")) return { unitId: actor.unitId };
  const or: Prisma.MemberWhereInput[] = [];
  if (can(actor, "members.read.group") && actor.ledGroupIds.length) {
    or.push({ groupId: { in: actor.ledGroupIds } });
  }
  if (can(actor, "members.read.own") && actor.memberId) or.push({ id: actor.memberId });
  if (!or.length) return { id: "__none__" };
  return { unitId: actor.unitId, OR: or };
}

import "server-only";
import { type Actor, can } from "@/lib/auth/current-user";
import type { Prisma } from "@/lib/generated/prisma/client";

const NONE = { id: "__none__" };

/** Registrations an actor may read: the unit's (BCH, UBKT), the tổ they lead, or their own. */
export function registrationScope(actor: Actor): Prisma.EmulationRegistrationWhereInput {
  if (can(actor, "emulation.read.all")) return { year: { unitId: actor.unitId } };
  const or: Prisma.EmulationRegistrationWhereInput[] = [];
  if (can(actor, "emulation.read.group") && actor.ledGroupIds.length) {
    or.push({ member: { groupId: { in: actor.ledGroupIds } } }, { groupId: { in: actor.ledGroupIds } });
  }
  if (can(actor, "emulation.self") && actor.memberId) or.push({ memberId: actor.memberId });
  return or.length ? { year: { unitId: actor.unitId }, OR: or } : NONE;
}

export function assessmentScope(actor: Actor): Prisma.EmulationSelfAssessmentWhereInput {
  if (can(actor, "emulation.read.all")) return { year: { unitId: actor.unitId } };
  const or: Prisma.EmulationSelfAssessmentWhereInput[] = [];
  if (can(actor, "emulation.read.group") && actor.ledGroupIds.length)
    or.push({ member: { groupId: { in: actor.ledGroupIds } } });
  if (can(actor, "emulation.self") && actor.memberId) or.push({ memberId: actor.memberId });
  return or.length ? { year: { unitId: actor.unitId }, OR: or } : NONE;
}

/** The tổ whose rosters an actor may see: every tổ of the unit, or those they lead. */
export function visibleGroupIds(actor: Actor): "all" | string[] {
  if (can(actor, "emulation.read.all")) return "all";
  return can(actor, "emulation.read.group") ? actor.ledGroupIds : [];
}

import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { type RegistrationSubject, writeRegistration } from "../registration";
import type { groupRegistrationSchema } from "../schema";

/** The tổ trưởng saves or sends the tổ's registration for collective titles (/emulation/groups/[groupId]). */
export async function saveGroupRegistration(actor: Actor, input: z.output<typeof groupRegistrationSchema>) {
  return writeRegistration(actor, input, await groupSubject(actor, input.groupId));
}

/** Only the tổ trưởng of this tổ registers its collective titles. */
async function groupSubject(actor: Actor, groupId: string): Promise<RegistrationSubject> {
  if (!actor.ledGroupIds.includes(groupId)) throw notFound();
  const g = await db.group.findFirst({
    where: { id: groupId, unitId: actor.unitId, archivedAt: null },
    select: { id: true },
  });
  if (!g) throw notFound();
  return { kind: "group", groupId };
}

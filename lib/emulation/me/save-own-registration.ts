import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { type RegistrationSubject, writeRegistration } from "../registration";
import type { memberRegistrationSchema } from "../schema";

/** A member saves or sends their own registration for the year (/me/emulation). */
export async function saveOwnRegistration(actor: Actor, input: z.output<typeof memberRegistrationSchema>) {
  return writeRegistration(actor, input, await ownSubject(actor));
}

async function ownSubject(actor: Actor): Promise<RegistrationSubject> {
  if (!actor.memberId) throw forbidden();
  const m = await db.member.findFirst({
    where: { id: actor.memberId, unitId: actor.unitId },
    select: { gender: true },
  });
  if (!m) throw forbidden();
  return { kind: "member", memberId: actor.memberId, gender: m.gender };
}

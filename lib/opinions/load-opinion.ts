import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** An opinion of the actor's unit with its status, for the BCH's answer; else "not found". */
export async function loadOpinionInUnit(actor: Actor, id: string) {
  const o = await db.opinion.findFirst({
    where: { id, unitId: actor.unitId },
    select: { id: true, status: true },
  });
  if (!o) throw notFound();
  return o;
}

import "server-only";
import { getActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

/** The tổ's name for a page's <title>, or null outside the signed-in user's unit. */
export async function groupTitle(id: string): Promise<string | null> {
  const actor = await getActor();
  if (!actor) return null;
  const g = await db.group.findFirst({ where: { id, unitId: actor.unitId }, select: { name: true } });
  return g?.name ?? null;
}

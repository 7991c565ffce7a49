import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

/** The signed-in member's gender: women-only titles and movements are offered by it. */
export async function getMemberGender(actor: Actor): Promise<"MALE" | "FEMALE"> {
  if (!actor.memberId) return "MALE";
  const m = await db.member.findUnique({ where: { id: actor.memberId }, select: { gender: true } });
  return m?.gender ?? "MALE";
}

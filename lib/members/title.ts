import "server-only";
import { getActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { memberScope } from "./scope";

/**
 * The member's name for a page's <title>, or null when the signed-in user may not see the member.
 * Unlike getMember it writes no access-log entry: the page itself logs the read once.
 */
export async function memberTitle(id: string): Promise<string | null> {
  const actor = await getActor();
  if (!actor) return null;
  const m = await db.member.findFirst({
    where: { AND: [{ id }, memberScope(actor)] },
    select: { fullName: true },
  });
  return m?.fullName ?? null;
}

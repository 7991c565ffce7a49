import "server-only";
import { getActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { visitScope } from "./scope";

/** "Thăm hỏi <member>" for a visit page's <title>, or null when the signed-in user may not see it. */
export async function visitTitle(id: string): Promise<string | null> {
  const actor = await getActor();
  if (!actor) return null;
  const v = await db.welfareVisit.findFirst({
    where: { AND: [{ id }, visitScope(actor)] },
    select: { member: { select: { fullName: true } } },
  });
  return v ? `Thăm hỏi ${v.member.fullName}` : null;
}

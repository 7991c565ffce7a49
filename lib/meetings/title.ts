import "server-only";
import { getActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { meetingReadScope } from "./scope";

/** The meeting's title for a page's <title>, or null when the signed-in user may not see it. */
export async function meetingTitle(id: string): Promise<string | null> {
  const actor = await getActor();
  if (!actor) return null;
  const m = await db.meeting.findFirst({
    where: { AND: [{ id }, meetingReadScope(actor)] },
    select: { title: true },
  });
  return m?.title ?? null;
}

import "server-only";
// Signing out ends the session on the server, not only in the browser: the token's sign-in id
// (`sid`, set at sign-in by session-policy.ts) is recorded as ended, and loadActor refuses a token
// carrying an ended id, so a copied cookie no longer opens any page. The account's other sign-ins
// (another device) carry on. A token from before sids existed has no id of its own: then every
// sign-in of the account from before this moment ends (User.sessionsValidFrom).
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { sessionMaxSeconds } from "./session-policy";

/** Called by next-auth's signOut event with the session's token. */
export async function endSession(token: Record<string, unknown> | null | undefined) {
  const userId = typeof token?.uid === "string" ? token.uid : null;
  if (!userId) return;
  // The one clock's moment (real in production): the same one the token's limits are judged by.
  const now = clock.now();
  if (typeof token?.sid !== "string" || !token.sid) {
    await db.user.updateMany({ where: { id: userId }, data: { sessionsValidFrom: now } });
    return;
  }
  const sid = token.sid;
  await db.$transaction([
    db.endedSession.createMany({ data: [{ id: sid, userId, endedAt: now }], skipDuplicates: true }),
    // A token older than SESSION_MAX_HOURS has expired by itself: its row is no longer needed.
    db.endedSession.deleteMany({
      where: { endedAt: { lt: new Date(now.getTime() - sessionMaxSeconds() * 1000) } },
    }),
  ]);
}

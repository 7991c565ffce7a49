import "server-only";
// Signing out ends the session on the server, not only in the browser: the account's sign-ins
// from before this moment stop working (loadActor compares the token's sign-in time with
// User.sessionsValidFrom), so a copied cookie no longer opens any page. It ends the account's
// sign-ins on other devices too ("sign out everywhere"): a JWT session has no server-side row of
// its own to end one by one.
import { db } from "@/lib/db";

/** Called by next-auth's signOut event with the session's token. */
export async function endSessions(token: { uid?: unknown } | null | undefined) {
  const userId = typeof token?.uid === "string" ? token.uid : null;
  if (!userId) return;
  // Real clock: the token's sign-in time is on it too (decision 0060).
  await db.user.updateMany({ where: { id: userId }, data: { sessionsValidFrom: new Date() } });
}

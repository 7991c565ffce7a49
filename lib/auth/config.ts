import "server-only";
import { cookies } from "next/headers";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authorizeCredentials } from "./authorize";
import { readSessionCookies, type SessionUser } from "./session-cookie";
import {
  applySessionPolicy,
  secureCookies,
  sessionId,
  sessionMaxSeconds,
  signedInAtMs,
} from "./session-policy";
import { endSession } from "./sign-out";

export { RateLimitedSignin } from "./authorize";

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // An absolute limit after sign-in (SESSION_MAX_HOURS, default 8), enforced in the jwt callback.
  session: { strategy: "jwt", maxAge: sessionMaxSeconds() },
  useSecureCookies: secureCookies(),
  pages: { signIn: "/login" },
  // Failed sign-ins are expected; log them without stack traces.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      console.error("[auth]", error.message);
    },
    warn() {},
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: (raw, request) => authorizeCredentials(raw, request.headers),
    }),
  ],
  // Signing out ends the session on the server too (lib/auth/sign-out.ts).
  events: {
    async signOut(message) {
      await endSession("token" in message ? message.token : null);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      return applySessionPolicy(token, user);
    },
    session({ session, token }) {
      if (token.uid && session.user) (session.user as { id?: string }).id = token.uid as string;
      // When the sign-in began: a password change or reset ends the sign-ins from before it (loadActor).
      if (session.user) (session.user as { signedInAtMs?: number }).signedInAtMs = signedInAtMs(token);
      // Which sign-in this is: a signed-out one is refused (loadActor).
      if (session.user) (session.user as { sid?: string }).sid = sessionId(token);
      return session;
    },
  },
});

/**
 * The signed-in user of this request, read from the session cookie in this process
 * (lib/auth/session-cookie.ts); a cookie of a shape that reader does not know goes through
 * next-auth's own `auth()`. Either way the same checks: expiry and the absolute limit.
 */
export async function sessionUser(): Promise<SessionUser | null> {
  const jar = await cookies();
  const secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  const read = readSessionCookies(jar.getAll(), secret, secureCookies());
  if (read !== "unreadable") return read;
  const user = (await auth())?.user as { id?: string; signedInAtMs?: number; sid?: string } | undefined;
  return user?.id ? { id: user.id, signedInAtMs: user.signedInAtMs, sid: user.sid } : null;
}

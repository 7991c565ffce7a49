import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { verifyPassword } from "./password";
import { clearLoginFailures, clientIp, isLoginBlocked, recordLoginFailure } from "./rate-limit";
import { applySessionPolicy, secureCookies, sessionMaxSeconds, signedInAtMs } from "./session-policy";

export class RateLimitedSignin extends CredentialsSignin {
  code = "rate_limited";
}

const credentialsSchema = z.object({ email: z.email(), password: z.string().min(1).max(200) });

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
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const email = parsed.data.email.toLowerCase();
        const ip = clientIp(request.headers);
        if (await isLoginBlocked(email, ip)) throw new RateLimitedSignin();
        const user = await db.user.findUnique({
          where: { email },
          select: { id: true, email: true, passwordHash: true, isActive: true },
        });
        const ok = user && user.isActive && (await verifyPassword(user.passwordHash, parsed.data.password));
        if (!ok || !user) {
          await recordLoginFailure(email, ip);
          return null;
        }
        await clearLoginFailures(email);
        await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
        return { id: user.id, email: user.email };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      return applySessionPolicy(token, user);
    },
    session({ session, token }) {
      if (token.uid && session.user) (session.user as { id?: string }).id = token.uid as string;
      // When the sign-in began: a password change or reset ends the sign-ins from before it (loadActor).
      if (session.user) (session.user as { signedInAtMs?: number }).signedInAtMs = signedInAtMs(token);
      return session;
    },
  },
});

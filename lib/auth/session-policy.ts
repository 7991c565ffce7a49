// How long a sign-in lasts, and when cookies are marked Secure. Pure, so it is unit-tested
// (tests/unit/session-policy.test.ts); lib/auth/config.ts wires it into next-auth.
import * as clock from "@/lib/clock";

const DEFAULT_HOURS = 8;

/** SESSION_MAX_HOURS (default 8, a working day): a sign-in ends this long after it began, active or not. */
export function sessionMaxSeconds(env: Record<string, string | undefined> = process.env): number {
  const hours = Number(env.SESSION_MAX_HOURS);
  return Math.round((Number.isFinite(hours) && hours > 0 ? hours : DEFAULT_HOURS) * 3600);
}

/**
 * Secure cookies (sent over HTTPS only, "__Secure-" names) when the public address is https, or
 * when SCD_SECURE_COOKIES=1 behind a TLS proxy that does not forward X-Forwarded-Proto. Otherwise
 * next-auth decides per request from the protocol it sees (https, or X-Forwarded-Proto: https).
 */
export function secureCookies(env: Record<string, string | undefined> = process.env): boolean | undefined {
  if (env.SCD_SECURE_COOKIES === "1" || env.AUTH_URL?.startsWith("https://")) return true;
  return undefined;
}

type Token = {
  uid?: unknown;
  sid?: unknown;
  signedInAt?: unknown;
  signedInAtMs?: unknown;
  [key: string]: unknown;
};

/**
 * The JWT callback: remembers when the user signed in, and ends the session (null) once
 * SESSION_MAX_HOURS have passed since then. An absolute limit: next-auth's own maxAge slides
 * forward whenever the cookie is refreshed, so it alone would never end an active session.
 */
export function applySessionPolicy(
  token: Token,
  user: { id?: string } | undefined,
  nowMs = clock.now().getTime(),
  maxSeconds = sessionMaxSeconds(),
): Token | null {
  const nowSeconds = Math.floor(nowMs / 1000);
  // signedInAtMs: a password change in the same second as a sign-in must still end it.
  // sid: this sign-in's own id, which signing out records as ended (lib/auth/sign-out.ts).
  if (user?.id)
    return { ...token, uid: user.id, sid: crypto.randomUUID(), signedInAt: nowSeconds, signedInAtMs: nowMs };
  const since =
    typeof token.signedInAt === "number" ? token.signedInAt : typeof token.iat === "number" ? token.iat : 0;
  if (nowSeconds - since >= maxSeconds) return null;
  return token;
}

/** When the sign-in began, in milliseconds; tokens from before signedInAtMs existed fall back to seconds. */
export function signedInAtMs(token: Token): number {
  if (typeof token.signedInAtMs === "number") return token.signedInAtMs;
  const seconds =
    typeof token.signedInAt === "number" ? token.signedInAt : typeof token.iat === "number" ? token.iat : 0;
  return seconds * 1000;
}

/** The sign-in's id (none on tokens from before sign-out ended sessions one by one). */
export function sessionId(token: Token): string | undefined {
  return typeof token.sid === "string" ? token.sid : undefined;
}

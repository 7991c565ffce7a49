// Reads the signed-in user from next-auth's session cookie without going through next-auth's
// session endpoint. `auth()` builds a Request, derives the key (HKDF), computes its thumbprint,
// decrypts the token, runs the callbacks and then encrypts a refreshed token that a Server
// Component cannot even send back: about a tenth of a light page's CPU (decision 0074). Here the
// key is derived once per process and the token is decrypted with Node's synchronous crypto.
//
// Only the shape next-auth v5 writes is read: a compact JWE, "dir" key management, A256CBC-HS512,
// no compression. Anything else is "unreadable" and the caller falls back to next-auth itself, so
// an unusual token is never accepted by this code that next-auth would refuse.
import { createDecipheriv, createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import * as clock from "@/lib/clock";
import { applySessionPolicy, sessionId, signedInAtMs } from "./session-policy";

export const SESSION_COOKIE = "authjs.session-token";
const SECURE_PREFIX = "__Secure-";
/** next-auth's tolerance for exp / nbf, in seconds. */
const CLOCK_TOLERANCE = 15;

export type SessionUser = { id: string; signedInAtMs?: number; sid?: string };
export type CookieLike = { name: string; value: string };

const keys = new Map<string, Buffer>();

/** next-auth's derived encryption key for a cookie name (the salt): HKDF-SHA256, 64 bytes. */
export function derivedKey(secret: string, salt: string): Buffer {
  const id = `${salt}\u0000${secret}`;
  let key = keys.get(id);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, 64));
    keys.set(id, key);
  }
  return key;
}

/** The value of a session cookie, joined from its chunks (name.0, name.1, …) when next-auth split it. */
export function cookieValue(cookies: CookieLike[], name: string): string | null {
  const whole = cookies.find((c) => c.name === name);
  if (whole?.value) return whole.value;
  const chunks = cookies
    .filter((c) => c.name.startsWith(`${name}.`) && /^\d+$/.test(c.name.slice(name.length + 1)) && c.value)
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length ? chunks.map((c) => c.value).join("") : null;
}

/**
 * The payload of a next-auth JWE, or "unreadable" when it is not the shape this reader knows or
 * fails to authenticate. Expiry is checked like next-auth (exp, nbf, 15 s tolerance).
 */
export function decryptToken(
  token: string,
  key: Buffer,
  nowMs = clock.now().getTime(),
): Record<string, unknown> | "unreadable" | "expired" {
  const parts = token.split(".");
  if (parts.length !== 5 || parts[1] !== "") return "unreadable";
  const [protectedHeader, , ivB64, cipherB64, tagB64] = parts;
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(Buffer.from(protectedHeader, "base64url").toString("utf8"));
  } catch {
    return "unreadable";
  }
  if (header.alg !== "dir" || header.enc !== "A256CBC-HS512" || "zip" in header || "crit" in header)
    return "unreadable";
  const iv = Buffer.from(ivB64, "base64url");
  const ciphertext = Buffer.from(cipherB64, "base64url");
  const tag = Buffer.from(tagB64, "base64url");
  if (iv.length !== 16 || tag.length !== 32) return "unreadable";
  // RFC 7518 §5.2.2: MAC over AAD ‖ IV ‖ ciphertext ‖ AL (the AAD's length in bits, 64-bit big-endian).
  const aad = Buffer.from(protectedHeader, "ascii");
  const al = Buffer.alloc(8);
  al.writeBigUInt64BE(BigInt(aad.length * 8));
  const mac = createHmac("sha512", key.subarray(0, 32))
    .update(Buffer.concat([aad, iv, ciphertext, al]))
    .digest()
    .subarray(0, 32);
  if (!timingSafeEqual(mac, tag)) return "unreadable";
  let payload: Record<string, unknown>;
  try {
    const decipher = createDecipheriv("aes-256-cbc", key.subarray(32, 64), iv);
    const plain = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
    payload = JSON.parse(plain.toString("utf8"));
  } catch {
    return "unreadable";
  }
  if (!payload || typeof payload !== "object" || Array.isArray(payload)) return "unreadable";
  const now = Math.floor(nowMs / 1000);
  if (typeof payload.exp === "number" && payload.exp <= now - CLOCK_TOLERANCE) return "expired";
  if (typeof payload.nbf === "number" && payload.nbf > now + CLOCK_TOLERANCE) return "expired";
  return payload;
}

/**
 * The user of the session cookies: null when there is none or it has ended (expired, or past the
 * absolute limit of lib/auth/session-policy.ts), "unreadable" when next-auth itself must decide.
 * `secure`: the deployment uses "__Secure-" cookies only (lib/auth/session-policy.ts secureCookies).
 */
export function readSessionCookies(
  cookies: CookieLike[],
  secret: string | undefined,
  secure: boolean | undefined,
  nowMs = clock.now().getTime(),
): SessionUser | null | "unreadable" {
  const names = secure ? [SECURE_PREFIX + SESSION_COOKIE] : [SECURE_PREFIX + SESSION_COOKIE, SESSION_COOKIE];
  for (const name of names) {
    const token = cookieValue(cookies, name);
    if (!token) continue;
    if (!secret) return "unreadable";
    const payload = decryptToken(token, derivedKey(secret, name), nowMs);
    if (payload === "expired") return null;
    if (payload === "unreadable") return "unreadable";
    // The same callback next-auth runs on every read: the absolute limit after sign-in.
    const token2 = applySessionPolicy(payload, undefined, nowMs);
    if (!token2 || typeof token2.uid !== "string") return null;
    return { id: token2.uid, signedInAtMs: signedInAtMs(token2), sid: sessionId(token2) };
  }
  return null;
}

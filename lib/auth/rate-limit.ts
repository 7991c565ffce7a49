import "server-only";
import { db } from "@/lib/db";

// Failed sign-ins are counted in PostgreSQL so that every app process sees the same count.
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

const accountKey = (email: string) => `email:${email.toLowerCase()}`;
const ipKey = (ip: string) => `ip:${ip}`;

export async function isLoginBlocked(email: string, ip: string): Promise<boolean> {
  const since = new Date(Date.now() - LOGIN_WINDOW_MS);
  const [byAccount, byIp] = await Promise.all([
    db.loginAttempt.count({ where: { key: accountKey(email), createdAt: { gte: since } } }),
    // Without a known address, one shared counter would let anyone lock everybody out.
    ip === "unknown" ? 0 : db.loginAttempt.count({ where: { key: ipKey(ip), createdAt: { gte: since } } }),
  ]);
  return byAccount >= MAX_FAILURES_PER_ACCOUNT || byIp >= MAX_FAILURES_PER_IP;
}

export async function recordLoginFailure(email: string, ip: string) {
  const keys = ip === "unknown" ? [accountKey(email)] : [accountKey(email), ipKey(ip)];
  await db.loginAttempt.createMany({ data: keys.map((key) => ({ key })) });
}

/** A successful sign-in clears the account's count (the IP's count stays until it ages out). */
export async function clearLoginFailures(email: string) {
  await db.loginAttempt.deleteMany({ where: { key: accountKey(email) } });
}

export function clientIp(headers: Headers): string {
  const fwd = headers.get("x-forwarded-for");
  return (fwd?.split(",")[0] ?? headers.get("x-real-ip") ?? "unknown").trim();
}

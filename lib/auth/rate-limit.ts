import "server-only";
import { db } from "@/lib/db";

// Sign-in attempts are counted in PostgreSQL so that every app process sees the same count.
// An attempt is counted and written BEFORE the password is checked, under a per-key advisory lock:
// a burst of parallel guesses is taken one at a time, so exactly MAX_FAILURES_PER_ACCOUNT of them
// reach the password check and the rest are refused without one. A successful sign-in clears the
// account's rows and takes back its own IP row; a failed one's rows stay as the failure.
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

const accountKey = (email: string) => `email:${email.toLowerCase()}`;
const ipKey = (ip: string) => `ip:${ip}`;
// Without a known address, one shared counter would let anyone lock everybody out.
const keysOf = (email: string, ip: string) =>
  ip === "unknown" ? [accountKey(email)] : [accountKey(email), ipKey(ip)];
const windowStart = () => new Date(Date.now() - LOGIN_WINDOW_MS);

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

async function countsOf(keys: string[], client: Tx | typeof db = db) {
  const rows = await client.loginAttempt.groupBy({
    by: ["key"],
    where: { key: { in: keys }, createdAt: { gte: windowStart() } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.key, r._count._all]));
}

const overLimit = (counts: Map<string, number>, email: string, ip: string) =>
  (counts.get(accountKey(email)) ?? 0) >= MAX_FAILURES_PER_ACCOUNT ||
  (ip !== "unknown" && (counts.get(ipKey(ip)) ?? 0) >= MAX_FAILURES_PER_IP);

export type LoginTicket = { blocked: boolean; ids: string[] };

// Attempts for one account queue here first, in this process, so that a burst waits in memory
// rather than holding every database connection while it waits for the lock (other users' pages
// need them). The advisory lock below still serialises attempts across processes.
const queues = new Map<string, Promise<unknown>>();
function oneAtATime<T>(key: string, run: () => Promise<T>): Promise<T> {
  const result = (queues.get(key) ?? Promise.resolve()).then(run, run);
  const tail = result.catch(() => undefined);
  queues.set(key, tail);
  void tail.then(() => queues.get(key) === tail && queues.delete(key));
  return result;
}

/** Decides whether the attempt may check a password, and if so records it (atomically per key). */
export async function beginLoginAttempt(email: string, ip: string): Promise<LoginTicket> {
  return oneAtATime(accountKey(email), () => takeTicket(email, ip));
}

async function takeTicket(email: string, ip: string): Promise<LoginTicket> {
  const keys = keysOf(email, ip);
  return db.$transaction(
    async (tx) => {
      // Sorted, so two attempts never wait on each other's second key.
      for (const key of [...keys].sort())
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`login:${key}`}))`;
      if (overLimit(await countsOf(keys, tx), email, ip)) return { blocked: true, ids: [] };
      const rows = await tx.loginAttempt.createManyAndReturn({
        data: keys.map((key) => ({ key })),
        select: { id: true },
      });
      return { blocked: false, ids: rows.map((r) => r.id) };
    },
    // A burst queues here, one short transaction after another.
    { maxWait: 60_000, timeout: 10_000 },
  );
}

/** A successful sign-in: clears the account's count and takes back its own IP row. */
export async function loginSucceeded(email: string, ticket: LoginTicket) {
  await db.loginAttempt.deleteMany({
    where: { OR: [{ key: accountKey(email) }, { id: { in: ticket.ids } }] },
  });
}

/** Whether the next attempt would be refused (read only). */
export async function isLoginBlocked(email: string, ip: string): Promise<boolean> {
  return overLimit(await countsOf(keysOf(email, ip)), email, ip);
}

/** Records a failure without a password check (tests, tools). */
export async function recordLoginFailure(email: string, ip: string) {
  await db.loginAttempt.createMany({ data: keysOf(email, ip).map((key) => ({ key })) });
}

/** Clears the account's count (a password reset by the chủ tịch). */
export async function clearLoginFailures(email: string) {
  await db.loginAttempt.deleteMany({ where: { key: accountKey(email) } });
}

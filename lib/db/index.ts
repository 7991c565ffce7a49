import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { guardText } from "./guard";
import { planCacheOptions, statementName } from "./statements";

// One client per process, created on first use (so `next build` needs no database)
// and kept on globalThis so dev reloads don't open new pools. Prisma and the few statements sent
// with `pg` directly (lib/db/raw.ts) share one pool of connections.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; pgPool?: pg.Pool };

function client(): PrismaClient {
  // After `$disconnect()` (a script, a test) the pool has ended: start again with a new one.
  if (!globalForPrisma.prisma || globalForPrisma.pgPool?.ended) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    // A connect timeout, so that a database that does not answer gives an error page, not a hang.
    const pool = new pg.Pool({
      connectionString,
      max: Number(process.env.DB_POOL_SIZE ?? 10),
      connectionTimeoutMillis: Number(process.env.DB_CONNECT_TIMEOUT_MS ?? 5000),
      options: planCacheOptions(),
    });
    // A connection that drops while idle (PostgreSQL restarted) must not crash the process; the next
    // query that fails marks the database down (guard.ts), and the pool opens a new connection.
    pool.on("error", () => {});
    globalForPrisma.pgPool = pool;
    // `$disconnect()` ends the pool too (scripts, tests).
    const base = new PrismaClient({
      adapter: new PrismaPg(pool, {
        disposeExternalPool: true,
        // Typed as always naming, but `pg` sends a query whose name is undefined unnamed.
        statementNameGenerator: statementName as (q: { sql: string; args: unknown[] }) => string,
      }),
    });
    // Text PostgreSQL cannot store is refused as bad input, and a lost connection becomes a
    // Vietnamese "database unavailable" error instead of a 500 with a stack trace (guard.ts).
    globalForPrisma.prisma = base.$extends({
      query: { $allOperations: guardText },
    }) as unknown as PrismaClient;
  }
  return globalForPrisma.prisma;
}

export const db = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const c = client();
    const value = Reflect.get(c, prop, c);
    return typeof value === "function" ? value.bind(c) : value;
  },
});

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** The pool Prisma sends its statements through, for lib/db/raw.ts. */
export function pgPool(): pg.Pool {
  client();
  return globalForPrisma.pgPool!;
}

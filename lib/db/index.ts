import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { guardText } from "./guard";

// One client per process, created on first use (so `next build` needs no database)
// and kept on globalThis so dev reloads don't open new pools.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    const base = new PrismaClient({
      // A connect timeout, so that a database that does not answer gives an error page, not a hang.
      adapter: new PrismaPg({
        connectionString,
        max: Number(process.env.DB_POOL_SIZE ?? 10),
        connectionTimeoutMillis: Number(process.env.DB_CONNECT_TIMEOUT_MS ?? 5000),
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

// Runs in each worker before every integration test file.
import { afterAll, inject, vi } from "vitest";
import { pinMoment } from "@/lib/clock";
import { PINNED_TODAY, SUITE_MOMENT } from "../support/today";

// lib/db/index.ts creates its client on first use, so setting the URL here is early enough.
process.env.DATABASE_URL = inject("databaseUrl");
// The app's clock runs as of the suite's day (tests/support/today.ts).
if (PINNED_TODAY) process.env.SCD_TODAY = PINNED_TODAY;
else delete process.env.SCD_TODAY;
// …and the moment rules compare against (`clock.now()`: session limits, invitations, a mail's next
// attempt) is the suite's moment, 09:00 on that day. Records' own timestamps are written by the
// database and the app as they happen, by design, so a test never compares them with `clock.now()`. A file that moves
// the moment on (notifications-mail) pins it again itself; setup runs afresh for every file.
pinMoment(SUITE_MOMENT);

// The only thing faked: where the session comes from. getActor() still reads the
// user, member, positions and permissions from PostgreSQL. See helpers/session.ts.
vi.mock("@/lib/auth/config", async () => {
  const { sessionForCurrentUser } = await import("./helpers/session");
  const refuse = async () => {
    throw new Error("signIn/signOut are not available in integration tests");
  };
  // A password change signs its own session in again (redirect: false); here that is a no-op.
  const signIn = async (_provider: string, options?: { redirect?: boolean }) => {
    if (options?.redirect === false) return undefined;
    return refuse();
  };
  return {
    auth: sessionForCurrentUser,
    sessionUser: async () => (await sessionForCurrentUser())?.user ?? null,
    signIn,
    signOut: refuse,
    handlers: {},
    RateLimitedSignin: class extends Error {},
  };
});

// React's non-RSC build exports cache() as a plain passthrough, so getActor() needs no
// mock: it re-reads the user on every call, which is what the access tests rely on.

// No Next runtime: there is no cache to revalidate.
vi.mock("next/cache", () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
}));

afterAll(async () => {
  const holder = globalThis as unknown as { prisma?: { $disconnect(): Promise<void> } };
  await holder.prisma?.$disconnect();
  holder.prisma = undefined;
});

// Failed sign-ins are counted in PostgreSQL (LoginAttempt), per account and per IP.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  clearLoginFailures,
  clientIp,
  isLoginBlocked,
  LOGIN_WINDOW_MS,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_IP,
  recordLoginFailure,
} from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";

// Unique per test so that counts from other tests never mix in.
const email = () => `thu-${randomUUID().slice(0, 8)}@test.vn`;
const ip = () => `10.${[1, 2, 3].map(() => Math.floor(Math.random() * 250) + 1).join(".")}`;
const times = async (n: number, f: (i: number) => Promise<unknown>) => {
  for (let i = 0; i < n; i++) await f(i);
};

describe("per account", () => {
  it(`blocks an email after ${MAX_FAILURES_PER_ACCOUNT} failures, and only that email`, async () => {
    const victim = email();
    const addr = ip();
    await times(MAX_FAILURES_PER_ACCOUNT - 1, () => recordLoginFailure(victim, addr));
    expect(await isLoginBlocked(victim, addr)).toBe(false);
    await recordLoginFailure(victim, addr);
    expect(await isLoginBlocked(victim, addr)).toBe(true);
    // From another IP too: the limit follows the account.
    expect(await isLoginBlocked(victim, ip())).toBe(true);
    expect(await isLoginBlocked(email(), addr)).toBe(false);
  });

  it("counts the address case-insensitively", async () => {
    const victim = email();
    await times(MAX_FAILURES_PER_ACCOUNT, () => recordLoginFailure(victim.toUpperCase(), ip()));
    expect(await isLoginBlocked(victim, ip())).toBe(true);
  });

  it("keeps the counts in the LoginAttempt table, one row per account and one per IP", async () => {
    const victim = email();
    const addr = ip();
    await times(3, () => recordLoginFailure(victim, addr));
    expect(await db.loginAttempt.count({ where: { key: `email:${victim}` } })).toBe(3);
    expect(await db.loginAttempt.count({ where: { key: `ip:${addr}` } })).toBe(3);
  });

  it("a success clears the account's count but not the IP's", async () => {
    const victim = email();
    const addr = ip();
    await times(MAX_FAILURES_PER_ACCOUNT, () => recordLoginFailure(victim, addr));
    await clearLoginFailures(victim);
    expect(await isLoginBlocked(victim, addr)).toBe(false);
    expect(await db.loginAttempt.count({ where: { key: `ip:${addr}` } })).toBe(MAX_FAILURES_PER_ACCOUNT);
  });

  it(`forgets failures older than the window (${LOGIN_WINDOW_MS / 60_000} minutes)`, async () => {
    const victim = email();
    // Older than the window on any day the suite runs: the login limit counts on the real clock
    // (a security clock, decision 0060), so the row is dated long before any run.
    const old = new Date("2000-01-01T00:00:00.000Z");
    await db.loginAttempt.createMany({
      data: Array.from({ length: MAX_FAILURES_PER_ACCOUNT }, () => ({
        key: `email:${victim}`,
        createdAt: old,
      })),
    });
    expect(await isLoginBlocked(victim, ip())).toBe(false);
    await recordLoginFailure(victim, ip());
    expect(await isLoginBlocked(victim, ip())).toBe(false);
  });
});

describe("per IP", () => {
  it(`blocks an IP after ${MAX_FAILURES_PER_IP} failures across many accounts, and only that IP`, async () => {
    const addr = ip();
    await times(MAX_FAILURES_PER_IP - 1, () => recordLoginFailure(email(), addr));
    expect(await isLoginBlocked(email(), addr)).toBe(false);
    await recordLoginFailure(email(), addr);
    expect(await isLoginBlocked(email(), addr)).toBe(true);
    expect(await isLoginBlocked(email(), ip())).toBe(false);
  });
});

describe("clientIp", () => {
  it("takes the first X-Forwarded-For address, then X-Real-IP", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe("203.0.113.7");
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});

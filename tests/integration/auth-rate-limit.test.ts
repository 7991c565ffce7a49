// Failed sign-ins are counted in PostgreSQL (LoginAttempt), per account and per IP; the attempt is
// counted before the password is checked, so a burst of parallel guesses runs at most the limit.
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { authorizeCredentials, RateLimitedSignin } from "@/lib/auth/authorize";
import { clientIp, trustedProxies } from "@/lib/auth/client-ip";
import {
  clearLoginFailures,
  isLoginBlocked,
  LOGIN_WINDOW_MS,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_IP,
  recordLoginFailure,
} from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { makeUnit, makeUser } from "../factories/records";

// Every password check the sign-in runs, counted (argon2 itself is unchanged).
const checks = vi.hoisted(() => ({ n: 0 }));
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/password")>();
  return {
    ...real,
    verifyPassword: async (hash: string, plain: string) => {
      checks.n++;
      return real.verifyPassword(hash, plain);
    },
  };
});

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

describe("a burst of parallel guesses", () => {
  const PASSWORD = "Dung@2026";
  async function account() {
    const unit = await makeUnit(db);
    const user = await makeUser(db, { unitId: unit.id, email: email(), password: PASSWORD });
    return user.email;
  }
  // What the sign-in form's POST reaches: the credentials and the request's headers.
  const attempt = (address: string, password: string, headers = new Headers()) =>
    authorizeCredentials({ email: address, password }, headers).then(
      (user) => (user ? "signed-in" : "wrong"),
      (err) => (err instanceof RateLimitedSignin ? "limited" : Promise.reject(err)),
    );

  it(`200 parallel wrong passwords run exactly ${MAX_FAILURES_PER_ACCOUNT} password checks; the right one is then refused`, async () => {
    const victim = await account();
    checks.n = 0;
    const outcomes = await Promise.all(Array.from({ length: 200 }, () => attempt(victim, "Sai@12345")));
    expect(checks.n).toBe(MAX_FAILURES_PER_ACCOUNT);
    expect(outcomes.filter((o) => o === "wrong")).toHaveLength(checks.n);
    expect(outcomes.filter((o) => o === "limited")).toHaveLength(200 - checks.n);
    // The failures that ran stay counted; the refused attempts left no rows.
    expect(await db.loginAttempt.count({ where: { key: `email:${victim}` } })).toBe(checks.n);
    checks.n = 0;
    expect(await attempt(victim, PASSWORD)).toBe("limited");
    expect(checks.n).toBe(0);
  }, 60_000);

  it("40 parallel guesses with the right password among them: nothing past the limit signs in", async () => {
    const victim = await account();
    await times(MAX_FAILURES_PER_ACCOUNT, () => recordLoginFailure(victim, "unknown"));
    checks.n = 0;
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attempt(victim, i === 35 ? PASSWORD : "Sai@12345")),
    );
    expect(outcomes).toEqual(Array.from({ length: 40 }, () => "limited"));
    expect(checks.n).toBe(0);
  });

  it("under the limit the right password signs in and clears the account's failures", async () => {
    const victim = await account();
    expect(await attempt(victim, "Sai@12345")).toBe("wrong");
    expect(await attempt(victim, PASSWORD)).toBe("signed-in");
    expect(await db.loginAttempt.count({ where: { key: `email:${victim}` } })).toBe(0);
  });

  it("a forged X-Forwarded-For locks nobody out when no proxy is trusted (the default)", async () => {
    const victimIp = ip();
    const forged = new Headers({ "x-forwarded-for": victimIp });
    for (let i = 0; i < MAX_FAILURES_PER_IP + 2; i++) await attempt(email(), "Sai@12345", forged);
    expect(await db.loginAttempt.count({ where: { key: `ip:${victimIp}` } })).toBe(0);
    expect(await isLoginBlocked(email(), victimIp)).toBe(false);
  });
});

describe("clientIp", () => {
  it("believes no header unless TRUSTED_PROXIES is set (off by default)", () => {
    expect(trustedProxies(undefined)).toEqual([]);
    expect(trustedProxies("")).toEqual([]);
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7" }), [])).toBe("unknown");
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.2" }), [])).toBe("unknown");
  });

  it("behind trusted proxies: the right-most address that is not one of them", () => {
    const proxies = trustedProxies("127.0.0.1, ::1, 10.0.0.0/8");
    expect(proxies).toEqual(["127.0.0.1", "::1", "10.0.0.0/8"]);
    // The proxy appends the address it saw; whatever the client wrote in front is ignored.
    expect(clientIp(new Headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.7" }), proxies)).toBe("203.0.113.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7, 10.1.2.3" }), proxies)).toBe(
      "203.0.113.7",
    );
    expect(clientIp(new Headers({ "x-forwarded-for": "::ffff:198.51.100.2" }), proxies)).toBe("198.51.100.2");
    expect(clientIp(new Headers({ "x-forwarded-for": "10.0.0.5, 127.0.0.1" }), proxies)).toBe("unknown");
    expect(clientIp(new Headers(), proxies)).toBe("unknown");
  });
});

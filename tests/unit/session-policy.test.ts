import { describe, expect, it } from "vitest";
import {
  applySessionPolicy,
  secureCookies,
  sessionMaxSeconds,
  signedInAtMs,
} from "@/lib/auth/session-policy";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security/headers";

describe("session expiry", () => {
  const t0 = 1_800_000_000;
  const ms = (seconds: number) => seconds * 1000;
  it("is 8 hours by default, configurable with SESSION_MAX_HOURS", () => {
    expect(sessionMaxSeconds({})).toBe(8 * 3600);
    expect(sessionMaxSeconds({ SESSION_MAX_HOURS: "2" })).toBe(7200);
    expect(sessionMaxSeconds({ SESSION_MAX_HOURS: "nonsense" })).toBe(8 * 3600);
    expect(sessionMaxSeconds({ SESSION_MAX_HOURS: "-1" })).toBe(8 * 3600);
  });

  it("stamps the sign-in time and ends the session once the limit has passed, however active", () => {
    const signedIn = applySessionPolicy({}, { id: "u1" }, ms(t0), 8 * 3600)!;
    expect(signedIn).toMatchObject({ uid: "u1", signedInAt: t0, signedInAtMs: ms(t0) });
    // Each sign-in gets an id of its own, which signing out records as ended.
    expect(signedIn.sid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(applySessionPolicy({}, { id: "u1" }, ms(t0), 8 * 3600)!.sid).not.toBe(signedIn.sid);
    // Still valid a minute before the limit, even with a fresh iat from a refreshed cookie.
    expect(
      applySessionPolicy({ ...signedIn, iat: t0 + 7 * 3600 }, undefined, ms(t0 + 8 * 3600 - 60), 8 * 3600),
    ).toMatchObject({ uid: "u1" });
    expect(
      applySessionPolicy({ ...signedIn, iat: t0 + 7 * 3600 }, undefined, ms(t0 + 8 * 3600), 8 * 3600),
    ).toBeNull();
    expect(applySessionPolicy(signedIn, undefined, ms(t0 + 30 * 86400), 8 * 3600)).toBeNull();
  });

  it("ends a token without a sign-in time from before this policy by its iat, or at once", () => {
    expect(applySessionPolicy({ uid: "u1", iat: t0 }, undefined, ms(t0 + 3600), 8 * 3600)).toMatchObject({
      uid: "u1",
    });
    expect(applySessionPolicy({ uid: "u1", iat: t0 }, undefined, ms(t0 + 9 * 3600), 8 * 3600)).toBeNull();
    expect(applySessionPolicy({ uid: "u1" }, undefined, ms(t0), 8 * 3600)).toBeNull();
  });
});

describe("when a sign-in began, for ending it after a password change", () => {
  it("is kept to the millisecond, so a change in the same second still ends an earlier sign-in", () => {
    const token = applySessionPolicy({}, { id: "u1" }, 1_800_000_000_250, 8 * 3600)!;
    expect(signedInAtMs(token)).toBe(1_800_000_000_250);
  });

  it("falls back to the second-precision stamp or iat of older tokens", () => {
    expect(signedInAtMs({ signedInAt: 1_800_000_000 })).toBe(1_800_000_000_000);
    expect(signedInAtMs({ iat: 1_700_000_000 })).toBe(1_700_000_000_000);
    expect(signedInAtMs({})).toBe(0);
  });
});

describe("secure cookies", () => {
  it("are forced behind HTTPS, and left to the request's protocol otherwise", () => {
    expect(secureCookies({ AUTH_URL: "https://congdoan.example.vn" })).toBe(true);
    expect(secureCookies({ SCD_SECURE_COOKIES: "1" })).toBe(true);
    expect(secureCookies({ AUTH_URL: "http://localhost:3000" })).toBeUndefined();
    expect(secureCookies({})).toBeUndefined();
  });
});

describe("security headers", () => {
  it("forbid framing and foreign scripts, and only production drops unsafe-eval", () => {
    const csp = contentSecurityPolicy(false);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy(true)).toContain("'unsafe-eval'");
    const h = Object.fromEntries(securityHeaders(false).map((x) => [x.key, x.value]));
    expect(h).toMatchObject({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
    expect(h["Permissions-Policy"]).toContain("camera=()");
  });
});

// The in-process session reader (lib/auth/session-cookie.ts) against tokens written by next-auth's
// own encoder: it must accept exactly what next-auth accepts and hand back the same user.
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { decryptToken, derivedKey, readSessionCookies, SESSION_COOKIE } from "@/lib/auth/session-cookie";
import * as clock from "@/lib/clock";
import { SUITE_MOMENT } from "../support/today";

const SECRET = "unit-secret-unit-secret-unit-secret-0123";
const NAME = SESSION_COOKIE;
const SECURE = `__Secure-${SESSION_COOKIE}`;
// One fixed moment for both sides: the app's clock is pinned to it, and so is the Date that
// next-auth's encoder reads for the tokens' iat/exp (only Date is faked; no timers).
const NOW = SUITE_MOMENT.getTime();
beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(SUITE_MOMENT);
  clock.pinMoment(SUITE_MOMENT);
});
afterAll(() => {
  clock.pinMoment(null);
  vi.useRealTimers();
});
const claims = (signedInAtMs: number) => ({
  uid: "user-1",
  sid: "sid-1",
  signedInAt: Math.floor(signedInAtMs / 1000),
  signedInAtMs,
});

async function token(salt = NAME, maxAge = 8 * 3600, signedInAtMs = NOW) {
  return encode({ token: claims(signedInAtMs), secret: SECRET, salt, maxAge });
}

describe("readSessionCookies", () => {
  it("reads the user, the sign-in moment and the sign-in id from next-auth's cookie", async () => {
    const at = NOW - 60_000;
    const value = await token(NAME, 8 * 3600, at);
    expect(readSessionCookies([{ name: NAME, value }], SECRET, undefined)).toEqual({
      id: "user-1",
      signedInAtMs: at,
      sid: "sid-1",
    });
  });

  it("reads the __Secure- cookie with its own salt, and only it when the deployment is https", async () => {
    const secureValue = await token(SECURE);
    const plainValue = await token(NAME);
    expect(readSessionCookies([{ name: SECURE, value: secureValue }], SECRET, true)).toMatchObject({
      id: "user-1",
    });
    expect(readSessionCookies([{ name: NAME, value: plainValue }], SECRET, true)).toBeNull();
    // A token moved to the other cookie name does not decrypt (the name is the key's salt).
    expect(readSessionCookies([{ name: NAME, value: secureValue }], SECRET, undefined)).toBe("unreadable");
  });

  it("joins a cookie next-auth split into chunks, in numeric order", async () => {
    const value = await token();
    const cut = [value.slice(0, 50), value.slice(50, 120), value.slice(120)];
    const cookies = [
      { name: `${NAME}.2`, value: cut[2] },
      { name: `${NAME}.0`, value: cut[0] },
      { name: `${NAME}.1`, value: cut[1] },
    ];
    expect(readSessionCookies(cookies, SECRET, undefined)).toMatchObject({ id: "user-1" });
  });

  it("has no user without a cookie", () => {
    expect(readSessionCookies([{ name: "other", value: "x" }], SECRET, undefined)).toBeNull();
  });

  it("refuses a token changed by one character, or made with another secret: next-auth decides (and refuses)", async () => {
    const value = await token();
    const parts = value.split(".");
    const c = parts[3][5] === "A" ? "B" : "A";
    parts[3] = parts[3].slice(0, 5) + c + parts[3].slice(6);
    expect(readSessionCookies([{ name: NAME, value: parts.join(".") }], SECRET, undefined)).toBe(
      "unreadable",
    );
    const foreign = await encode({
      token: claims(NOW),
      secret: "another-secret-another-secret-00",
      salt: NAME,
    });
    expect(readSessionCookies([{ name: NAME, value: foreign }], SECRET, undefined)).toBe("unreadable");
  });

  it("ends a session past its exp (with next-auth's 15 s tolerance)", async () => {
    const value = await token(NAME, 60);
    expect(
      readSessionCookies([{ name: NAME, value }], SECRET, undefined, NOW + 60_000 + 10_000),
    ).toMatchObject({ id: "user-1" });
    expect(readSessionCookies([{ name: NAME, value }], SECRET, undefined, NOW + 60_000 + 20_000)).toBeNull();
  });

  it("ends a session past the absolute limit after sign-in, even when its exp is later", async () => {
    const nineHoursAgo = NOW - 9 * 3600 * 1000;
    const value = await token(NAME, 24 * 3600, nineHoursAgo);
    expect(readSessionCookies([{ name: NAME, value }], SECRET, undefined)).toBeNull();
  });

  it("leaves a token of another shape to next-auth", () => {
    const header = Buffer.from(JSON.stringify({ alg: "dir", enc: "A256GCM" })).toString("base64url");
    const key = derivedKey(SECRET, NAME);
    expect(decryptToken(`${header}..AAAA.AAAA.AAAA`, key)).toBe("unreadable");
    expect(decryptToken("not-a-jwe", key)).toBe("unreadable");
  });
});

// Signing out ends the session on the server: the old cookie's token no longer gives an actor,
// while the account's other sign-ins carry on.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/current-user";
import { endSession } from "@/lib/auth/sign-out";
import { db } from "@/lib/db";
import { makeGroup, makeUnit } from "../factories/records";
import { makePerson } from "./helpers/world";
import { SUITE_MOMENT } from "../support/today";

// The one clock is pinned (setup.ts): sign-ins a minute before the suite's moment, sign-outs at it.
const signedInAt = () => SUITE_MOMENT.getTime() - 60_000;

async function person() {
  const unit = await makeUnit(db);
  const group = await makeGroup(db, unit.id);
  return (await makePerson(unit.id, group.id)).user;
}

describe("sign-out", () => {
  it("the signed-out token no longer loads an actor; another sign-in of the account does", async () => {
    const user = await person();
    const phone = randomUUID();
    const laptop = randomUUID();
    const at = signedInAt();
    expect((await loadActor(user.id, at, phone))?.userId).toBe(user.id);

    await endSession({ uid: user.id, sid: phone });

    expect(await loadActor(user.id, at, phone)).toBeNull();
    expect((await loadActor(user.id, at, laptop))?.userId).toBe(user.id);
    expect(await db.endedSession.findMany({ where: { userId: user.id }, select: { id: true } })).toEqual([
      { id: phone },
    ]);
    // Signing out twice (two tabs) is harmless.
    await endSession({ uid: user.id, sid: phone });
    expect(await db.endedSession.count({ where: { userId: user.id } })).toBe(1);
  });

  it("a token from before sign-in ids existed ends every earlier sign-in of the account", async () => {
    const user = await person();
    const at = signedInAt();
    await endSession({ uid: user.id });
    expect(await loadActor(user.id, at)).toBeNull();
    expect(await loadActor(user.id, at, randomUUID())).toBeNull();
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect((await loadActor(user.id, stored.sessionsValidFrom!.getTime() + 1))?.userId).toBe(user.id);
  });

  it("a token without a user changes nothing", async () => {
    const before = [
      await db.endedSession.count(),
      await db.user.count({ where: { sessionsValidFrom: { not: null } } }),
    ];
    await endSession(null);
    await endSession({ uid: 42, sid: "x" });
    expect([
      await db.endedSession.count(),
      await db.user.count({ where: { sessionsValidFrom: { not: null } } }),
    ]).toEqual(before);
  });
});

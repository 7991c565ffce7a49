// Signing out ends the session on the server: the old cookie's token no longer gives an actor.
import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/current-user";
import { endSessions } from "@/lib/auth/sign-out";
import { db } from "@/lib/db";
import { makeGroup, makeUnit } from "../factories/records";
import { makePerson } from "./helpers/world";

// A sign-in a minute before the test (the real clock: sessions are a security record, decision 0060).
const signedInAt = () => Date.now() - 60_000;

describe("sign-out", () => {
  it("the token from before signing out no longer loads an actor; a new sign-in does", async () => {
    const unit = await makeUnit(db);
    const group = await makeGroup(db, unit.id);
    const { user } = await makePerson(unit.id, group.id);
    const before = signedInAt();
    expect((await loadActor(user.id, before))?.userId).toBe(user.id);

    await endSessions({ uid: user.id });

    expect(await loadActor(user.id, before)).toBeNull();
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.sessionsValidFrom!.getTime()).toBeGreaterThan(before);
    // Signing in again afterwards works.
    expect((await loadActor(user.id, stored.sessionsValidFrom!.getTime() + 1))?.userId).toBe(user.id);
  });

  it("a token without a user changes nothing", async () => {
    const count = await db.user.count({ where: { sessionsValidFrom: { not: null } } });
    await endSessions(null);
    await endSessions({ uid: 42 });
    expect(await db.user.count({ where: { sessionsValidFrom: { not: null } } })).toBe(count);
  });
});

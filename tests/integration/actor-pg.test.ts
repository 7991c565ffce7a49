// The actor's one statement goes through `pg` on Prisma's pool (lib/db/raw.ts, decision 0097), so
// the columns come as `pg` parses them, not as Prisma does. What the account, its offices and its
// sign-in state read as must not change: roles and tổ from the positions held today (json), the
// unit's name, the cấp trên's account without a member, and the password-change cut-off to the
// millisecond whatever the server's time zone (`pg` reads a `timestamp` as local time).
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { buildWorld, type World } from "./helpers/world";

let w: World;

beforeAll(async () => {
  w = await buildWorld();
});

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe("the actor read with pg", () => {
  it("a tổ trưởng: member and group_leader, leading tổ A, in tổ A, with the unit's name", async () => {
    const p = w.people.leaderSameGroup;
    const actor = await loadActor(p.user.id);
    expect(actor).toMatchObject({
      userId: p.user.id,
      email: p.user.email,
      unitId: w.unit.id,
      unitName: w.unit.name,
      memberId: p.member.id,
      fullName: p.member.fullName,
      ownGroupId: w.groupA.id,
      ledGroupIds: [w.groupA.id],
      isSystemAdmin: false,
      unreadNotifications: 0,
    });
    expect([...actor!.roles].sort()).toEqual(["group_leader", "member"]);
    expect(actor!.permissions.has("members.read.group")).toBe(true);
  });

  it("the chairperson: member and chair, leading no tổ", async () => {
    const actor = await loadActor(w.people.chair.user.id);
    expect([...actor!.roles].sort()).toEqual(["chair", "member"]);
    expect(actor!.ledGroupIds).toEqual([]);
    expect(actor!.ownGroupId).toBe(w.groupB.id);
  });

  it("the cấp trên's chairperson: no member record, upper_chair, named by the cấp trên", async () => {
    const actor = await loadActor(w.upperUser.id);
    expect(actor).toMatchObject({
      memberId: null,
      ownGroupId: null,
      unitId: w.upper.id,
      fullName: w.upper.name,
    });
    expect(actor!.roles).toEqual(["upper_chair"]);
  });

  it("an unknown account loads nothing", async () => {
    expect(await loadActor("no-such-user")).toBeNull();
  });

  for (const tz of ["UTC", "Asia/Ho_Chi_Minh", "America/New_York"])
    it(`a password change at 08:30:00.250 UTC ends the sign-ins from before it, to the millisecond (server in ${tz})`, async () => {
      process.env.TZ = tz;
      const p = w.people.member;
      const cutOff = Date.UTC(2026, 10, 20, 8, 30, 0, 250);
      await db.user.update({ where: { id: p.user.id }, data: { sessionsValidFrom: new Date(cutOff) } });
      expect(await loadActor(p.user.id, cutOff - 1)).toBeNull();
      expect((await loadActor(p.user.id, cutOff))?.userId).toBe(p.user.id);
      expect((await loadActor(p.user.id, cutOff + 7 * 3600_000))?.userId).toBe(p.user.id);
    });
});

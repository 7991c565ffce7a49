// A list filter's tổ choices: all of them in an ordinary unit; in a unit of hundreds of tổ only the
// chosen one (never another unit's), so the member list does not carry 1,000 options.
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { FILTER_GROUP_LIMIT, listFilterGroups } from "@/lib/groups/queries";
import { makeGroup, makeUnit } from "../factories/records";
import { buildWorld, type World } from "./helpers/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

describe("tổ offered by a list filter", () => {
  it("are all the unit's open tổ while there are few", async () => {
    const chair = (await loadActor(w.people.chair.user.id))!;
    const res = await listFilterGroups(chair, "");
    expect(res.complete).toBe(true);
    const open = await db.group.findMany({
      where: { unitId: w.unit.id, archivedAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    });
    expect(res.options).toEqual(open);
  });

  it("are only the chosen tổ above the limit, and never another unit's", async () => {
    const extra =
      FILTER_GROUP_LIMIT + 1 - (await db.group.count({ where: { unitId: w.unit.id, archivedAt: null } }));
    await db.group.createMany({
      data: Array.from({ length: extra }, (_, i) => ({
        unitId: w.unit.id,
        name: `Tổ lớn ${String(i).padStart(3, "0")}`,
      })),
    });
    const chair = (await loadActor(w.people.chair.user.id))!;
    expect(await listFilterGroups(chair, "")).toEqual({ options: [], complete: false });
    expect(await listFilterGroups(chair, w.groupA.id)).toEqual({
      options: [{ id: w.groupA.id, name: w.groupA.name }],
      complete: false,
    });
    const foreign = await makeGroup(db, (await makeUnit(db)).id);
    expect(await listFilterGroups(chair, foreign.id)).toEqual({ options: [], complete: false });
    // A tổ trưởng still gets the tổ they lead, however big the unit.
    const leader = (await loadActor(w.people.leaderSameGroup.user.id))!;
    expect((await listFilterGroups(leader, "")).options.map((g) => g.id)).toEqual(leader.ledGroupIds);
  });
});

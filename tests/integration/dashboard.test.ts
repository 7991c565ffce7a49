// The dashboard's counts come from one group by (status, gender, party): each figure must equal
// a plain count of what PostgreSQL holds, and another unit's members never count.
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/current-user";
import { getDashboard } from "@/lib/dashboard/queries";
import { db } from "@/lib/db";
import { makeGroup, makeMember, makeUnit } from "../factories/records";
import { buildWorld, type World } from "./helpers/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
  const g = await makeGroup(db, w.unit.id, "Tổ Đếm");
  const add = (
    gender: "MALE" | "FEMALE",
    status: "ACTIVE" | "SUSPENDED" | "LEFT" | "RETIRED",
    isPartyMember: boolean,
  ) => makeMember(db, { unitId: w.unit.id, groupId: g.id, gender, status, isPartyMember });
  await add("FEMALE", "ACTIVE", true);
  await add("FEMALE", "SUSPENDED", false);
  await add("MALE", "ACTIVE", true);
  await add("FEMALE", "LEFT", true); // not current: counts under its status only
  await add("MALE", "RETIRED", false);
  // Another unit's member, who must not appear anywhere.
  const other = await makeUnit(db);
  await makeMember(db, {
    unitId: other.id,
    groupId: (await makeGroup(db, other.id)).id,
    gender: "FEMALE",
    isPartyMember: true,
  });
});

describe("dashboard counts", () => {
  it("equal the database's own counts, current members only except the status list", async () => {
    const actor = (await loadActor(w.people.chair.user.id))!;
    const d = await getDashboard(actor);
    const unitId = w.unit.id;
    const current = { unitId, status: { in: ["ACTIVE" as const, "SUSPENDED" as const] } };
    expect(d.total).toBe(await db.member.count({ where: current }));
    expect(d.female).toBe(await db.member.count({ where: { ...current, gender: "FEMALE" } }));
    expect(d.male).toBe(await db.member.count({ where: { ...current, gender: "MALE" } }));
    expect(d.partyMembers).toBe(await db.member.count({ where: { ...current, isPartyMember: true } }));
    expect(d.female + d.male).toBe(d.total);
    for (const status of ["ACTIVE", "SUSPENDED", "LEFT", "RETIRED"] as const) {
      expect(d.statuses[status] ?? 0, status).toBe(await db.member.count({ where: { unitId, status } }));
    }
  });
});

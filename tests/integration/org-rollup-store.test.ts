// The store behind the roll-up's members section (decision 0092): a CĐCS's figures are kept per
// year and count only while no write to its members, tổ, memberships or movements came after them.
// Every change below is written straight to the tables (as an import or a restore would): the
// triggers, not the operations, keep the store honest. Expected figures: the fixture's hand count
// (helpers/rollup-fixture.ts: X closing 5, nữ 2, đảng viên 1, kết nạp 1, …), then moved by hand.
import { beforeAll, describe, expect, it } from "vitest";
import { type Actor, loadActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { loadRollup } from "@/lib/org/rollup/load";
import type { RollupTable } from "@/lib/org/rollup/table";
import { orgTiles } from "@/lib/org/rollup/tiles";
import { buildRollupWorld, type RollupWorld, YEAR } from "./helpers/rollup-fixture";
import { person } from "./helpers/rollup-records";

let w: RollupWorld;
let a: Actor;
beforeAll(async () => {
  w = await buildRollupWorld();
  a = (await loadActor(w.users.aChair.id))!;
});

const rowOf = (t: RollupTable, unitId: string) => t.rows.find((r) => r.unitId === unitId)!.cells;
const members = () => loadRollup(a, "members", YEAR);
const stored = (unitId: string) =>
  db.$queryRaw<{ version: bigint; closing: number }[]>`
    SELECT version, closing FROM derived."UnitYearFigures" WHERE "unitId" = ${unitId} AND year = ${YEAR}`;

describe("the members figures' store", () => {
  it("keeps what it worked out, and works a unit out again after any write to its members", async () => {
    expect(rowOf(await members(), w.x.unit.id)).toEqual([5, 2, 1, 1, 1, 1, 1]);
    const [kept] = await stored(w.x.unit.id);
    expect(kept.closing).toBe(5);
    const yBefore = await stored(w.y.unit.id);

    // A member's record: Xa Hai becomes nữ and đảng viên.
    const x2 = await db.member.findFirstOrThrow({ where: { unitId: w.x.unit.id, fullName: "Xa Hai" } });
    await db.member.update({ where: { id: x2.id }, data: { gender: "FEMALE", isPartyMember: true } });
    expect(rowOf(await members(), w.x.unit.id)).toEqual([5, 3, 2, 1, 1, 1, 1]);

    // A membership ends in the year and a movement is written: Xa Hai retires on 01/10.
    await db.groupMembership.updateMany({
      where: { memberId: x2.id, endOn: null },
      data: { endOn: new Date(`${YEAR}-10-01T00:00:00.000Z`) },
    });
    await db.memberEvent.create({
      data: { memberId: x2.id, type: "RETIRED", effectiveOn: new Date(`${YEAR}-10-01T00:00:00.000Z`) },
    });
    expect(rowOf(await members(), w.x.unit.id)).toEqual([4, 2, 1, 1, 1, 1, 2]);

    // Y was not written to: its stored row (and version) is the one it had.
    expect(await stored(w.y.unit.id)).toEqual(yBefore);
    expect(rowOf(await members(), w.y.unit.id)).toEqual([2, 2, 0, 0, 0, 0, 2]);
  });

  it("never serves a row stored under an older version, even one that claims other figures", async () => {
    await members();
    // A row written by a reader whose snapshot predates a write: same year, older version.
    await db.$executeRaw`UPDATE derived."UnitYearFigures" SET closing = 999, version = version - 1
      WHERE "unitId" = ${w.y.unit.id} AND year = ${YEAR}`;
    expect(rowOf(await members(), w.y.unit.id)).toEqual([2, 2, 0, 0, 0, 0, 2]);
    const [again] = await stored(w.y.unit.id);
    expect(again.closing).toBe(2);
  });

  it("keeps another cấp trên's units out, stored or not", async () => {
    await person(
      w.z.unit.id,
      w.z.groups,
      { gender: "FEMALE", spells: [{ group: "Z1", from: "2015-09-01" }], events: [] },
      "Gamma Mới",
    );
    const t = await members();
    expect(t.rows.map((r) => r.unitId)).toEqual([w.x.unit.id, w.y.unit.id]);
    expect(t.total[0]).toBe(6);
  });

  it("counts the tile's members đang sinh hoạt from the store, and follows a change of status", async () => {
    const before = (await orgTiles(a, YEAR)).members;
    const active = await db.member.count({
      where: { unitId: { in: [w.x.unit.id, w.y.unit.id] }, status: "ACTIVE" },
    });
    expect(before).toBe(active);
    const x1 = await db.member.findFirstOrThrow({ where: { unitId: w.x.unit.id, fullName: "Xa Một" } });
    await db.member.update({ where: { id: x1.id }, data: { status: "LEFT" } });
    expect((await orgTiles(a, YEAR)).members).toBe(active - 1);
  });

  it("sums the tile's welfare from the store, and follows a visit paid, cancelled or in another year", async () => {
    // The fixture's visits DONE in YEAR: X 4 × 500.000 + 2.000.000, Y 300.000 + 4 × 200.000.
    expect((await orgTiles(a, YEAR)).welfare).toBe(4_600_000);
    const x1 = await db.member.findFirstOrThrow({ where: { unitId: w.x.unit.id, fullName: "Xa Một" } });
    const cat = await db.welfareCategory.findFirstOrThrow({ where: { unitId: w.x.unit.id } });
    const base = { unitId: w.x.unit.id, memberId: x1.id, categoryId: cat.id, note: "Thăm ốm" };
    const paid = await db.welfareVisit.create({
      data: { ...base, eventOn: new Date(`${YEAR}-11-11T00:00:00Z`), amount: 700_000, state: "DONE" },
    });
    expect((await orgTiles(a, YEAR)).welfare).toBe(5_300_000);
    await db.welfareVisit.create({
      data: { ...base, eventOn: new Date(`${YEAR + 1}-01-02T00:00:00Z`), amount: 900_000, state: "DONE" },
    });
    expect((await orgTiles(a, YEAR)).welfare).toBe(5_300_000);
    await db.welfareVisit.update({ where: { id: paid.id }, data: { state: "CANCELLED" } });
    expect((await orgTiles(a, YEAR)).welfare).toBe(4_600_000);
  });
});

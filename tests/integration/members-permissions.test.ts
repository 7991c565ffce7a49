// Every member action × every role, against real rows: allowed runs change what they
// should; refused runs return the right code and leave the database untouched.
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import * as memberActions from "@/lib/members/actions";
import { findMembers, getMember } from "@/lib/members/queries";
import { memberListParamsSchema } from "@/lib/members/schema";
import { makeMember } from "../factories/records";
import { MEMBER_ACTION_MATRIX, type ActionName } from "./helpers/member-action-matrix";
import { actAs } from "./helpers/session";
import { snapshotUnits } from "./helpers/snapshot";
import { buildWorld, ROLE_KEYS, type RoleKey, type World } from "./helpers/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

let phoneSeq = 0;
const nextPhone = () => `09${String(10_000_000 + process.pid * 100 + phoneSeq++).slice(-8)}`;

it("has a matrix row for every action exported by lib/members/actions.ts", () => {
  expect(Object.keys(memberActions).sort()).toEqual(Object.keys(MEMBER_ACTION_MATRIX).sort());
  for (const spec of Object.values(MEMBER_ACTION_MATRIX))
    expect(Object.keys(spec.expected).sort()).toEqual([...ROLE_KEYS].sort());
});

const cases = (Object.keys(MEMBER_ACTION_MATRIX) as ActionName[]).flatMap((action) =>
  ROLE_KEYS.map((role) => ({ action, role, expected: MEMBER_ACTION_MATRIX[action].expected[role] })),
);

describe.each(cases)("$action as $role", ({ action, role, expected }) => {
  it(expected === "ok" ? "succeeds" : `is refused with ${expected} and changes nothing`, async () => {
    const spec = MEMBER_ACTION_MATRIX[action];
    // A fresh target in tổ A (the tổ led by leaderSameGroup) for every cell.
    const target = await makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id, phone: "0900000000" });
    const cell = { w, role, target, phone: nextPhone() };
    actAs(w.userIdOf(role));
    const before = await snapshotUnits(w.unitIds);

    const result = await spec.run(cell);

    if (expected === "ok") {
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      if (result.ok) await spec.applied(cell, result.data);
    } else {
      expect(result).toMatchObject({ ok: false, code: expected });
      expect(await snapshotUnits(w.unitIds)).toEqual(before);
    }
  });
});

describe("member queries are scoped by the actor", () => {
  let actors: Record<Exclude<RoleKey, "anonymous">, Actor>;
  let peerA: { id: string };
  let memberB: { id: string };
  const params = memberListParamsSchema.parse({ status: "all" });

  beforeAll(async () => {
    peerA = await makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id });
    memberB = await makeMember(db, { unitId: w.unit.id, groupId: w.groupB.id });
    const entries = await Promise.all(
      ROLE_KEYS.filter((r) => r !== "anonymous").map(
        async (r) => [r, await loadActor(w.userIdOf(r)!)] as const,
      ),
    );
    actors = Object.fromEntries(entries.map(([r, a]) => [r, a!])) as typeof actors;
  });

  async function allRows(actor: Actor) {
    const first = await findMembers(actor, params);
    const rows = [...first.rows];
    for (let page = 2; page <= first.pageCount; page++)
      rows.push(...(await findMembers(actor, { ...params, page })).rows);
    expect(rows).toHaveLength(first.total);
    return rows;
  }

  it("a đoàn viên reads only their own record", async () => {
    const a = actors.member;
    expect((await getMember(a, a.memberId!))?.id).toBe(a.memberId);
    expect(await getMember(a, peerA.id)).toBeNull();
    expect(await getMember(a, memberB.id)).toBeNull();
    expect((await allRows(a)).map((r) => r.id)).toEqual([a.memberId]);
  });

  it("a tổ trưởng reads their own tổ only; another tổ's member is not found", async () => {
    const a = actors.leaderSameGroup;
    expect((await getMember(a, peerA.id))?.id).toBe(peerA.id);
    expect(await getMember(a, memberB.id)).toBeNull();
    const rows = await allRows(a);
    expect(rows.every((r) => r.group.id === w.groupA.id)).toBe(true);
    expect(rows.length).toBe(await db.member.count({ where: { groupId: w.groupA.id } }));

    const b = actors.leaderOtherGroup;
    expect((await getMember(b, memberB.id))?.id).toBe(memberB.id);
    expect(await getMember(b, peerA.id)).toBeNull();
    expect((await allRows(b)).every((r) => r.group.id === w.groupB.id)).toBe(true);
  });

  it("UBKT and BCH read every member of their unit", async () => {
    const unitTotal = await db.member.count({ where: { unitId: w.unit.id } });
    for (const a of [actors.ubkt, actors.bchMember, actors.chair]) {
      expect((await getMember(a, peerA.id))?.id).toBe(peerA.id);
      expect((await getMember(a, memberB.id))?.id).toBe(memberB.id);
      expect((await findMembers(a, params)).total).toBe(unitTotal);
    }
  });

  it("nobody reads a member of another unit", async () => {
    const outsider = actors.chairOfOtherUnit;
    expect(await getMember(outsider, peerA.id)).toBeNull();
    expect((await allRows(outsider)).map((r) => r.id)).toEqual([outsider.memberId]);
    expect(await getMember(actors.chair, outsider.memberId!)).toBeNull();
  });
});

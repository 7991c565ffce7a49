// Chuyển tổ: moveMembers (several members, one transaction, all or nothing) and a tổ officer
// moved by either moveMembers or changeMemberStatus, who leaves office the day before the move.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { can, getActor, loadActor, type Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { toDateInput } from "@/lib/format";
import { moveMembersAction } from "@/lib/groups/actions";
import { getGroupDetail, listGroups } from "@/lib/groups/queries";
import { changeMemberStatusAction } from "@/lib/members/actions";
import { getMember } from "@/lib/members/queries";
import { makeGroup, makeMember, type MemberInput } from "../factories/records";
import { SUITE_MOMENT, TODAY } from "../support/today";
import { actAs } from "./helpers/session";
import { lastAuditId } from "./helpers/snapshot";
import { snapshotAll } from "./helpers/unit-snapshot";
import { buildWorld, makePerson, type World } from "./helpers/world";

let w: World;
let chair: Actor;
beforeAll(async () => {
  w = await buildWorld();
  chair = (await loadActor(w.userIdOf("chair")!))!;
});

const DAY = 86_400_000;
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const today = () => TODAY;
const asChair = () => actAs(w.userIdOf("chair"));
const newGroup = () => makeGroup(db, w.unit.id, `Tổ ${randomUUID().slice(0, 8)}`);
const addMember = (groupId: string, more: Partial<MemberInput> = {}) =>
  makeMember(db, { unitId: w.unit.id, groupId, joinedUnionOn: "2015-09-01", ...more });
const snapshot = () => snapshotAll(w.unitIds);

describe("moveMembers", () => {
  it("moves several members at once: tổ, dated memberships, events and one audit row each", async () => {
    const [from, to] = [await newGroup(), await newGroup()];
    const movers = [
      await addMember(from.id),
      await addMember(from.id, { status: "SUSPENDED" }),
      await addMember(from.id),
    ];
    const stays = await addMember(from.id);
    asChair();
    const since = await lastAuditId();
    const ids = movers.map((m) => m.id);
    const res = await moveMembersAction({
      memberIds: [...ids, ids[0]],
      toGroupId: to.id,
      effectiveOn: "2026-06-01",
      reason: "Phân công lại chuyên môn",
    });
    expect(res, JSON.stringify(res)).toEqual({ ok: true, data: { moved: 3, toGroupId: to.id } });

    for (const m of movers) {
      const after = await db.member.findUniqueOrThrow({
        where: { id: m.id },
        include: {
          memberships: { orderBy: { startOn: "asc" } },
          events: { orderBy: { effectiveOn: "asc" } },
        },
      });
      expect(after.groupId).toBe(to.id);
      expect(after.status).toBe(m.status);
      expect(after.memberships.map((x) => [x.groupId, x.startOn, x.endOn])).toEqual([
        [from.id, day("2015-09-01"), day("2026-06-01")],
        [to.id, day("2026-06-01"), null],
      ]);
      expect(after.events.at(-1)).toMatchObject({
        type: "GROUP_CHANGED",
        effectiveOn: day("2026-06-01"),
        fromGroupId: from.id,
        toGroupId: to.id,
        reason: "Phân công lại chuyên môn",
        createdById: chair.userId,
      });
    }
    const audit = await db.auditLog.findMany({ where: { id: { gt: since } }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.entityId).sort()).toEqual([...ids].sort());
    for (const a of audit) {
      expect(a).toMatchObject({
        action: "member.group_changed",
        entityType: "Member",
        actorUserId: chair.userId,
        before: { groupId: from.id },
        after: { groupId: to.id, effectiveOn: "2026-06-01" },
      });
    }
    expect((await db.member.findUniqueOrThrow({ where: { id: stays.id } })).groupId).toBe(from.id);
    const rows = (await listGroups(chair)).active;
    expect(rows.find((r) => r.id === from.id)?.memberCount).toBe(1);
    expect(rows.find((r) => r.id === to.id)?.memberCount).toBe(3);
  });
});

describe("moveMembers refuses the whole move, and then nothing moves", () => {
  async function expectNothingMoved(input: Parameters<typeof moveMembersAction>[0], expected: object) {
    asChair();
    const before = await snapshot();
    const res = await moveMembersAction(input);
    expect(res).toMatchObject({ ok: false, ...expected });
    expect(await snapshot()).toEqual(before);
    return res as Extract<typeof res, { ok: false }>;
  }

  it("when one of them is already in the target tổ", async () => {
    const [from, to] = [await newGroup(), await newGroup()];
    const ok = await addMember(from.id);
    const already = await addMember(to.id);
    const res = await expectNothingMoved(
      { memberIds: [ok.id, already.id], toGroupId: to.id, effectiveOn: "2026-06-01", reason: "" },
      { code: "VALIDATION" },
    );
    expect(res.fieldErrors?.memberIds).toBe(`Đã ở tổ chuyển đến: ${already.fullName}.`);
  });

  it("when one of them is outside the actor's scope (another unit), or does not exist", async () => {
    const [from, to] = [await newGroup(), await newGroup()];
    const ok = await addMember(from.id);
    const foreign = await makeMember(db, { unitId: w.otherUnit.id, groupId: w.otherGroup.id });
    await expectNothingMoved(
      { memberIds: [ok.id, foreign.id], toGroupId: to.id, effectiveOn: "2026-06-01", reason: "" },
      { code: "NOT_FOUND" },
    );
    await expectNothingMoved(
      { memberIds: [ok.id, "khong-ton-tai"], toGroupId: to.id, effectiveOn: "2026-06-01", reason: "" },
      { code: "NOT_FOUND" },
    );
  });

  it("when the date is before one member's latest event, or before they joined their tổ", async () => {
    const [from, to] = [await newGroup(), await newGroup()];
    const ok = await addMember(from.id);
    const suspended = await addMember(from.id);
    asChair();
    expect(
      (
        await changeMemberStatusAction({
          memberId: suspended.id,
          event: "SUSPENDED",
          effectiveOn: "2026-05-01",
          reason: "",
        })
      ).ok,
    ).toBe(true);
    const res = await expectNothingMoved(
      { memberIds: [ok.id, suspended.id], toGroupId: to.id, effectiveOn: "2026-04-01", reason: "" },
      { code: "VALIDATION" },
    );
    expect(res.fieldErrors?.effectiveOn).toBe(
      `Ngày chuyển phải từ 01/05/2026 trở đi: ${suspended.fullName} có thay đổi sinh hoạt gần nhất ngày 01/05/2026.`,
    );
    await expectNothingMoved(
      { memberIds: [ok.id], toGroupId: to.id, effectiveOn: "2015-08-31", reason: "" },
      { fieldErrors: { effectiveOn: expect.stringContaining("vào tổ hiện tại ngày 01/09/2015") } },
    );
  });

  it("when the date is in the future, a member has left, or the target tổ is archived", async () => {
    const [from, to, archived] = [await newGroup(), await newGroup(), await newGroup()];
    await db.group.update({ where: { id: archived.id }, data: { archivedAt: SUITE_MOMENT } });
    const ok = await addMember(from.id);
    const left = await addMember(from.id, { status: "LEFT" });
    const tomorrow = toDateInput(new Date(today().getTime() + DAY));
    await expectNothingMoved(
      { memberIds: [ok.id], toGroupId: to.id, effectiveOn: tomorrow, reason: "" },
      { fieldErrors: { effectiveOn: "Ngày chuyển không thể ở tương lai." } },
    );
    await expectNothingMoved(
      { memberIds: [ok.id, left.id], toGroupId: to.id, effectiveOn: "2026-06-01", reason: "" },
      { fieldErrors: { memberIds: expect.stringContaining(left.fullName) } },
    );
    await expectNothingMoved(
      { memberIds: [ok.id], toGroupId: archived.id, effectiveOn: "2026-06-01", reason: "" },
      { fieldErrors: { toGroupId: "Tổ công đoàn không tồn tại." } },
    );
    await expectNothingMoved(
      { memberIds: [ok.id], toGroupId: w.otherGroup.id, effectiveOn: "2026-06-01", reason: "" },
      { fieldErrors: { toGroupId: "Tổ công đoàn không tồn tại." } },
    );
  });

  it("when the database fails on the third member, the first two are rolled back too", async () => {
    const [from, to] = [await newGroup(), await newGroup()];
    const movers = [await addMember(from.id), await addMember(from.id), await addMember(from.id)];
    const failing = movers[2].id;
    // A real failure inside the transaction, after two members have been written.
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION scd_test_fail_event() RETURNS trigger AS $$
      BEGIN IF NEW."memberId" = '${failing}' THEN RAISE EXCEPTION 'scd test: refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER scd_test_fail_event BEFORE INSERT ON "MemberEvent" FOR EACH ROW EXECUTE FUNCTION scd_test_fail_event()`,
    );
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await expectNothingMoved(
        { memberIds: movers.map((m) => m.id), toGroupId: to.id, effectiveOn: "2026-06-01", reason: "" },
        { code: "INTERNAL" },
      );
      expect(logged).toHaveBeenCalledWith("[action group.move-members]", expect.anything());
    } finally {
      logged.mockRestore();
      await db.$executeRawUnsafe(`DROP TRIGGER scd_test_fail_event ON "MemberEvent"`);
      await db.$executeRawUnsafe(`DROP FUNCTION scd_test_fail_event()`);
    }
  });

  it("two moves of the same member at the same moment leave one consistent history", async () => {
    const [from, to1, to2] = [await newGroup(), await newGroup(), await newGroup()];
    const m = await addMember(from.id);
    asChair();
    const results = await Promise.all(
      [to1, to2].map((to) =>
        moveMembersAction({ memberIds: [m.id], toGroupId: to.id, effectiveOn: "2026-06-01", reason: "" }),
      ),
    );
    // Interleaved, the optimistic check refuses one; one after the other, both may pass. Either
    // way each successful move left exactly one event and one audit row, and one open membership.
    const moved = results.filter((r) => r.ok).length;
    expect(moved).toBeGreaterThanOrEqual(1);
    for (const r of results.filter((x) => !x.ok)) expect(r).toMatchObject({ code: "CONFLICT" });
    const after = await db.member.findUniqueOrThrow({
      where: { id: m.id },
      include: { memberships: true, events: true },
    });
    const open = after.memberships.filter((x) => x.endOn === null);
    expect(open.map((x) => x.groupId)).toEqual([after.groupId]);
    expect(after.memberships).toHaveLength(1 + moved);
    expect(after.events.filter((e) => e.type === "GROUP_CHANGED")).toHaveLength(moved);
    expect(await db.auditLog.count({ where: { entityId: m.id, action: "member.group_changed" } })).toBe(
      moved,
    );
  });
});

describe("a tổ officer who moves to another tổ", () => {
  it("via moveMembers: leaves office the day before, and loses the group-leader permissions", async () => {
    const [led, to] = [await newGroup(), await newGroup()];
    const leader = await makePerson(w.unit.id, led.id, {
      termId: w.term.id,
      role: "GROUP_LEADER",
      ledGroupId: led.id,
      label: "totruong",
    });
    const deputy = await makePerson(w.unit.id, led.id, {
      termId: w.term.id,
      role: "GROUP_DEPUTY",
      ledGroupId: led.id,
      label: "topho",
    });
    const ubktSeat = await db.position.create({
      data: {
        termId: w.term.id,
        memberId: deputy.member.id,
        office: "UBKT_MEMBER",
        startOn: day("2024-01-01"),
      },
    });
    const peer = await addMember(led.id);

    const before = (await loadActor(leader.user.id))!;
    expect(before.ledGroupIds).toEqual([led.id]);
    expect(can(before, "members.read.group")).toBe(true);
    expect((await getMember(before, peer.id))?.id).toBe(peer.id);

    asChair();
    const res = await moveMembersAction({
      memberIds: [leader.member.id, deputy.member.id],
      toGroupId: to.id,
      effectiveOn: toDateInput(today()),
      reason: "",
    });
    expect(res.ok, JSON.stringify(res)).toBe(true);

    const yesterday = new Date(today().getTime() - DAY);
    const offices = await db.position.findMany({
      where: { groupId: led.id },
      select: { office: true, endOn: true },
    });
    expect(offices.sort((a, b) => a.office.localeCompare(b.office))).toEqual([
      { office: "GROUP_DEPUTY", endOn: yesterday },
      { office: "GROUP_LEADER", endOn: yesterday },
    ]);
    expect((await db.position.findUniqueOrThrow({ where: { id: ubktSeat.id } })).endOn).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: leader.member.id, action: "member.group_changed" },
    });
    expect(audit.after).toMatchObject({ endedGroupPositions: 1 });

    // The same user, re-read as on the next request: a plain đoàn viên of the new tổ.
    actAs(leader.user.id);
    const after = (await getActor())!;
    const plain = (await loadActor(w.userIdOf("member")!))!;
    expect(after.ledGroupIds).toEqual([]);
    expect(after.ownGroupId).toBe(to.id);
    expect(after.roles).toEqual(["member"]);
    expect([...after.permissions].sort()).toEqual([...plain.permissions].sort());
    expect(await getGroupDetail(after, led.id)).toBeNull();
    expect(await getMember(after, peer.id)).toBeNull();
    expect((await loadActor(deputy.user.id))!.ledGroupIds).toEqual([]);
  });

  it("via changeMemberStatus GROUP_CHANGED: the GROUP_LEADER office ends the day before the move", async () => {
    const [led, to] = [await newGroup(), await newGroup()];
    const leader = await makePerson(w.unit.id, led.id, {
      termId: w.term.id,
      role: "GROUP_LEADER",
      ledGroupId: led.id,
      label: "totruong",
    });
    asChair();
    const res = await changeMemberStatusAction({
      memberId: leader.member.id,
      event: "GROUP_CHANGED",
      effectiveOn: "2026-03-01",
      toGroupId: to.id,
      reason: "",
    });
    expect(res.ok, JSON.stringify(res)).toBe(true);
    const office = await db.position.findFirstOrThrow({ where: { memberId: leader.member.id } });
    expect(office).toMatchObject({
      office: "GROUP_LEADER",
      groupId: led.id,
      startOn: day("2020-01-01"),
      endOn: day("2026-02-28"),
    });
    // The office's own history shows who ended it, and the member's audit row says how many ended.
    const officeAudit = await db.auditLog.findMany({
      where: { entityType: "Position", entityId: office.id },
    });
    expect(officeAudit).toHaveLength(1);
    expect(officeAudit[0]).toMatchObject({
      action: "position.end",
      actorUserId: chair.userId,
      before: { endOn: null },
      after: { endOn: "2026-02-28T00:00:00.000Z" },
    });
    const memberAudit = await db.auditLog.findFirstOrThrow({
      where: { entityId: leader.member.id, action: "member.group_changed" },
    });
    expect(memberAudit.after).toMatchObject({ endedPositions: 1 });
    const actor = (await loadActor(leader.user.id))!;
    expect(actor.ledGroupIds).toEqual([]);
    expect(can(actor, "members.read.group")).toBe(false);
    expect(can(actor, "groups.read")).toBe(false);
    expect(await getGroupDetail(actor, led.id)).toBeNull();
  });

  it("via changeMemberStatus on the day the office began: it ends that same day, never before it began", async () => {
    const [led, to] = [await newGroup(), await newGroup()];
    const leader = await makePerson(w.unit.id, led.id, { label: "totruong" });
    await db.position.create({
      data: {
        termId: w.term.id,
        memberId: leader.member.id,
        office: "GROUP_LEADER",
        groupId: led.id,
        startOn: day("2026-03-01"),
      },
    });
    asChair();
    expect(
      (
        await changeMemberStatusAction({
          memberId: leader.member.id,
          event: "GROUP_CHANGED",
          effectiveOn: "2026-03-01",
          toGroupId: to.id,
          reason: "",
        })
      ).ok,
    ).toBe(true);
    const office = await db.position.findFirstOrThrow({ where: { memberId: leader.member.id } });
    expect(office.endOn).toEqual(day("2026-03-01"));
    expect((await loadActor(leader.user.id))!.ledGroupIds).toEqual([]);
  });
});

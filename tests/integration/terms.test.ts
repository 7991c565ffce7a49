// Nhiệm kỳ and chức vụ: creating terms, assigning and ending positions, and what a position
// grants (loadActor reads the positions held today), against real rows.
import { beforeAll, describe, expect, it } from "vitest";
import { getActor, loadActor, type Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { toDateInput } from "@/lib/format";
import { createGroupAction } from "@/lib/groups/actions";
import { assignPositionAction, createTermAction, endPositionAction } from "@/lib/terms/actions";
import type { AssignPositionValues } from "@/lib/terms/schema";
import { makeGroup, makeMember, makePosition, type MemberInput } from "../factories/records";
import { TODAY } from "../support/today";
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

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const yesterday = () => toDateInput(new Date(TODAY.getTime() - 86_400_000));
const asChair = () => actAs(w.userIdOf("chair"));
const addMember = (more: Partial<MemberInput> = {}) =>
  makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id, ...more });
const assignment = (memberId: string, more: Partial<AssignPositionValues> = {}): AssignPositionValues => ({
  termId: w.term.id,
  memberId,
  office: "BCH_MEMBER",
  groupId: "",
  startOn: "2024-01-01",
  decisionRef: "",
  ...more,
});

/** Runs an action as the chair; it must be refused with these details and write nothing. */
async function expectRefused(run: () => Promise<unknown>, expected: object) {
  asChair();
  const before = await snapshotAll(w.unitIds);
  const res = await run();
  expect(res).toMatchObject({ ok: false, ...expected });
  expect(await snapshotAll(w.unitIds)).toEqual(before);
}

describe("createTerm", () => {
  it("refuses a term that overlaps another of the unit, end days included", async () => {
    const message = "Trùng thời gian với “Nhiệm kỳ 2020–2099” (01/01/2020 – 31/12/2099).";
    await expectRefused(
      () => createTermAction({ name: "Nhiệm kỳ 2028–2033", startOn: "2028-10-01", endOn: "2033-09-30" }),
      { code: "VALIDATION", error: message, fieldErrors: { startOn: message } },
    );
    await expectRefused(
      () => createTermAction({ name: "Nhiệm kỳ 2099–2104", startOn: "2099-12-31", endOn: "2104-12-30" }),
      { fieldErrors: { startOn: message } },
    );
    await expectRefused(
      () => createTermAction({ name: "Nhiệm kỳ ngược", startOn: "2110-01-01", endOn: "2105-01-01" }),
      { fieldErrors: { endOn: "Ngày kết thúc phải sau ngày bắt đầu." } },
    );
  });

  it("creates a term that touches no other, with an audit row; the next overlap with it is refused", async () => {
    asChair();
    const since = await lastAuditId();
    const values = { name: "Nhiệm kỳ 2015–2019", startOn: "2015-01-01", endOn: "2019-12-31" };
    const res = await createTermAction(values);
    expect(res, JSON.stringify(res)).toMatchObject({ ok: true });
    const id = (res as { data: { id: string } }).data.id;
    expect(await db.term.findUniqueOrThrow({ where: { id } })).toMatchObject({
      unitId: w.unit.id,
      name: values.name,
      startOn: day("2015-01-01"),
      endOn: day("2019-12-31"),
    });
    expect(await db.auditLog.findMany({ where: { id: { gt: since } } })).toMatchObject([
      { action: "term.create", entityType: "Term", entityId: id, actorUserId: chair.userId, after: values },
    ]);
    await expectRefused(
      () => createTermAction({ name: "Nhiệm kỳ 2010–2015", startOn: "2010-01-01", endOn: "2015-01-01" }),
      { fieldErrors: { startOn: expect.stringContaining("Nhiệm kỳ 2015–2019") } },
    );
    // Another unit's terms are no obstacle.
    actAs(w.userIdOf("chairOfOtherUnit"));
    expect(
      (await createTermAction({ name: "Nhiệm kỳ 2015–2019", startOn: "2015-01-01", endOn: "2019-12-31" })).ok,
    ).toBe(true);
  });
});

describe("assignPosition refusals write nothing", () => {
  it("a second chủ tịch while one is in office", async () => {
    const m = await addMember();
    await expectRefused(
      () => assignPositionAction(assignment(m.id, { office: "CHAIR", startOn: "2026-01-01" })),
      {
        code: "VALIDATION",
        fieldErrors: {
          office: expect.stringMatching(
            new RegExp(
              `^Đã có chủ tịch trong thời gian này \\(${w.people.chair.member.fullName}, từ 01/01/2020\\)`,
            ),
          ),
        },
      },
    );
  });

  it("a tổ trưởng without a tổ, for a tổ they are not in, or for a tổ that already has one", async () => {
    const inB = await makeMember(db, { unitId: w.unit.id, groupId: w.groupB.id });
    await expectRefused(
      () => assignPositionAction(assignment(inB.id, { office: "GROUP_LEADER", groupId: "" })),
      {
        code: "VALIDATION",
        fieldErrors: { groupId: "Vui lòng chọn tổ." },
      },
    );
    const empty = await makeGroup(db, w.unit.id);
    await expectRefused(
      () => assignPositionAction(assignment(inB.id, { office: "GROUP_LEADER", groupId: empty.id })),
      { fieldErrors: { memberId: "Đoàn viên này không thuộc tổ đã chọn." } },
    );
    const inA = await addMember();
    await expectRefused(
      () => assignPositionAction(assignment(inA.id, { office: "GROUP_LEADER", groupId: w.groupA.id })),
      { fieldErrors: { office: expect.stringMatching(/^Tổ này đã có tổ trưởng/) } },
    );
    await expectRefused(
      () => assignPositionAction(assignment(inA.id, { office: "GROUP_DEPUTY", groupId: w.otherGroup.id })),
      { fieldErrors: { groupId: "Tổ công đoàn không tồn tại." } },
    );
  });

  it("a member who is not ACTIVE, of another unit, or already in that seat; a date outside the term; another unit's term", async () => {
    for (const status of ["SUSPENDED", "LEFT", "RETIRED"] as const) {
      const m = await addMember({ status });
      await expectRefused(() => assignPositionAction(assignment(m.id)), {
        fieldErrors: { memberId: "Chỉ giao chức vụ cho đoàn viên đang sinh hoạt." },
      });
    }
    const foreign = await makeMember(db, { unitId: w.otherUnit.id, groupId: w.otherGroup.id });
    await expectRefused(() => assignPositionAction(assignment(foreign.id)), {
      fieldErrors: { memberId: "Không tìm thấy đoàn viên này." },
    });
    await expectRefused(() => assignPositionAction(assignment(w.memberIdOf("bchMember")!)), {
      fieldErrors: { memberId: "Đoàn viên này đang giữ chức vụ này (từ 01/01/2020)." },
    });
    const m = await addMember();
    await expectRefused(() => assignPositionAction(assignment(m.id, { startOn: "2019-12-31" })), {
      fieldErrors: { startOn: "Ngày bắt đầu phải nằm trong nhiệm kỳ (01/01/2020 – 31/12/2099)." },
    });
    const otherTerm = await db.term.findFirstOrThrow({ where: { unitId: w.otherUnit.id } });
    await expectRefused(() => assignPositionAction(assignment(m.id, { termId: otherTerm.id })), {
      code: "NOT_FOUND",
    });
  });
});

describe("a position grants permissions while it is held", () => {
  it("an ủy viên BCH assigned today may write members; ending it yesterday takes that away", async () => {
    const person = await makePerson(w.unit.id, w.groupA.id, { label: "moi" });
    expect((await loadActor(person.user.id))!.permissions.has("members.write")).toBe(false);

    asChair();
    const since = await lastAuditId();
    const res = await assignPositionAction(assignment(person.member.id, { decisionRef: "Số 12/QĐ-CĐCS" }));
    expect(res, JSON.stringify(res)).toMatchObject({ ok: true });
    const positionId = (res as { data: { id: string } }).data.id;
    expect(await db.position.findUniqueOrThrow({ where: { id: positionId } })).toMatchObject({
      termId: w.term.id,
      memberId: person.member.id,
      office: "BCH_MEMBER",
      groupId: null,
      startOn: day("2024-01-01"),
      endOn: null,
      decisionRef: "Số 12/QĐ-CĐCS",
    });
    expect(await db.auditLog.findMany({ where: { id: { gt: since } } })).toMatchObject([
      {
        action: "position.assign",
        entityType: "Position",
        entityId: positionId,
        actorUserId: chair.userId,
        after: { office: "BCH_MEMBER", memberId: person.member.id, startOn: "2024-01-01" },
      },
    ]);
    const bch = (await loadActor(person.user.id))!;
    expect(bch.roles).toContain("bch_member");
    expect(bch.permissions.has("members.write")).toBe(true);
    actAs(person.user.id);
    expect((await getActor())!.permissions.has("groups.write")).toBe(true);

    // End dates are inclusive: ending today still leaves today in office.
    asChair();
    expect((await endPositionAction({ positionId, endOn: toDateInput(TODAY) })).ok).toBe(true);
    expect((await loadActor(person.user.id))!.permissions.has("members.write")).toBe(true);

    expect((await endPositionAction({ positionId, endOn: yesterday() })).ok).toBe(true);
    expect((await db.position.findUniqueOrThrow({ where: { id: positionId } })).endOn).toEqual(
      day(yesterday()),
    );
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: positionId },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({
      action: "position.end",
      actorUserId: chair.userId,
      after: { endOn: yesterday() },
    });
    const plain = (await loadActor(person.user.id))!;
    expect(plain.roles).toEqual(["member"]);
    expect(plain.permissions.has("members.write")).toBe(false);
    actAs(person.user.id);
    expect(await createGroupAction({ name: "Tổ không được tạo" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
  });

  it("a new tổ trưởng of a tổ without one gets that tổ's members, and only theirs", async () => {
    const g = await makeGroup(db, w.unit.id);
    const person = await makePerson(w.unit.id, g.id, { label: "totruong-moi" });
    asChair();
    const res = await assignPositionAction(
      assignment(person.member.id, { office: "GROUP_LEADER", groupId: g.id, startOn: "2025-09-01" }),
    );
    expect(res, JSON.stringify(res)).toMatchObject({ ok: true });
    const actor = (await loadActor(person.user.id))!;
    expect(actor.ledGroupIds).toEqual([g.id]);
    expect(actor.permissions.has("members.read.group")).toBe(true);
    expect(actor.permissions.has("members.write")).toBe(false);
  });
});

describe("endPosition", () => {
  it("refuses an end before the start, a position already ended, and another unit's position", async () => {
    const m = await addMember();
    const open = await makePosition(db, {
      termId: w.term.id,
      memberId: m.id,
      office: "VICE_CHAIR",
      startOn: "2024-01-01",
    });
    await expectRefused(() => endPositionAction({ positionId: open.id, endOn: "2023-12-31" }), {
      code: "VALIDATION",
      fieldErrors: { endOn: "Ngày kết thúc không được trước ngày bắt đầu (01/01/2024)." },
    });
    const past = await makePosition(db, {
      termId: w.term.id,
      memberId: m.id,
      office: "UBKT_MEMBER",
      startOn: "2021-01-01",
      endOn: "2022-12-31",
    });
    await expectRefused(() => endPositionAction({ positionId: past.id, endOn: "2023-06-30" }), {
      fieldErrors: { endOn: "Chức vụ này đã kết thúc." },
    });
    const otherChair = await db.position.findFirstOrThrow({
      where: { memberId: w.memberIdOf("chairOfOtherUnit")! },
    });
    await expectRefused(() => endPositionAction({ positionId: otherChair.id, endOn: "2026-01-01" }), {
      code: "NOT_FOUND",
    });
    await expectRefused(() => endPositionAction({ positionId: open.id, endOn: "2026-02-30" }), {
      code: "VALIDATION",
      fieldErrors: { endOn: expect.any(String) },
    });
  });

  it("hands over the chair: the old one ends the day before, the new one starts the next day", async () => {
    // Its own world: ending the chair's office would change who may act in the shared one.
    const v = await buildWorld();
    const oldSeat = await db.position.findFirstOrThrow({
      where: { memberId: v.memberIdOf("chair")!, office: "CHAIR" },
    });
    const successor = await makeMember(db, { unitId: v.unit.id, groupId: v.groupB.id });
    actAs(v.userIdOf("chair"));
    const early = await assignPositionAction({
      termId: v.term.id,
      memberId: successor.id,
      office: "CHAIR",
      groupId: "",
      startOn: "2026-06-01",
      decisionRef: "",
    });
    expect(early).toMatchObject({
      ok: false,
      fieldErrors: { office: expect.stringMatching(/^Đã có chủ tịch/) },
    });
    expect((await endPositionAction({ positionId: oldSeat.id, endOn: "2026-05-31" })).ok).toBe(true);
    // The outgoing chair no longer holds office today, so the handover is done by the vice-chair.
    actAs(v.userIdOf("viceChair"));
    // Two assignments of a chủ tịch at the same moment: the per-unit lock lets exactly one through.
    const rival = await makeMember(db, { unitId: v.unit.id, groupId: v.groupA.id });
    const both = await Promise.all(
      [successor, rival].map((m) =>
        assignPositionAction({
          termId: v.term.id,
          memberId: m.id,
          office: "CHAIR",
          groupId: "",
          startOn: "2026-06-01",
          decisionRef: "Số 03/QĐ",
        }),
      ),
    );
    expect(both.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(both.find((r) => !r.ok)).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { office: expect.stringMatching(/^Đã có chủ tịch/) },
    });
    expect(await db.position.count({ where: { termId: v.term.id, office: "CHAIR", endOn: null } })).toBe(1);
    expect((await loadActor(v.userIdOf("chair")!))!.permissions.has("positions.write")).toBe(false);
  });
});

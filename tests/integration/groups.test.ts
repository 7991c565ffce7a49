// Tổ công đoàn: create, rename, archive, restore and the scoped queries, against real rows.
// Moving members between tổ is in groups-move.test.ts.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import {
  archiveGroupAction,
  createGroupAction,
  renameGroupAction,
  restoreGroupAction,
} from "@/lib/groups/actions";
import { getGroupDetail, listGroups } from "@/lib/groups/queries";
import { makeGroup, makeMember, type MemberInput } from "../factories/records";
import { SUITE_MOMENT, TODAY } from "../support/today";
import { actAs } from "./helpers/session";
import { lastAuditId } from "./helpers/snapshot";
import { snapshotAll } from "./helpers/unit-snapshot";
import { buildWorld, type World } from "./helpers/world";

let w: World;
let chair: Actor;
beforeAll(async () => {
  w = await buildWorld();
  chair = (await loadActor(w.userIdOf("chair")!))!;
});

const tag = () => randomUUID().slice(0, 6);
const asChair = () => actAs(w.userIdOf("chair"));
const newGroup = (name = `Tổ Sinh – Hóa ${tag()}`) => makeGroup(db, w.unit.id, name);
const addMember = (groupId: string, more: Partial<MemberInput> = {}) =>
  makeMember(db, { unitId: w.unit.id, groupId, ...more });
const snapshot = () => snapshotAll(w.unitIds);

describe("createGroup", () => {
  it("creates a tổ with its name tidied, and one audit row by the actor", async () => {
    asChair();
    const since = await lastAuditId();
    const name = `Tổ Sinh – Hóa ${tag()}`;
    const res = await createGroupAction({ name: `  ${name.replace(" ", "   ")} ` });
    expect(res, JSON.stringify(res)).toMatchObject({ ok: true, data: { name } });
    const id = (res as { data: { id: string } }).data.id;
    expect(await db.group.findUniqueOrThrow({ where: { id } })).toMatchObject({
      unitId: w.unit.id,
      name,
      archivedAt: null,
    });
    const audit = await db.auditLog.findMany({ where: { id: { gt: since } } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "group.create",
      entityType: "Group",
      entityId: id,
      actorUserId: chair.userId,
      after: { name },
    });
  });

  it("a duplicate name (letter case and spacing aside) is a field error and creates nothing", async () => {
    asChair();
    const before = await snapshot();
    for (const name of [
      w.groupA.name,
      w.groupA.name.toUpperCase(),
      w.groupA.name.toLowerCase().replace(" ", "  "),
    ]) {
      const res = await createGroupAction({ name });
      expect(res, name).toMatchObject({
        ok: false,
        code: "CONFLICT",
        error: "Tên tổ đã tồn tại.",
        fieldErrors: { name: "Tên tổ đã tồn tại." },
      });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("the name of an archived tổ is taken too: the message says to restore it", async () => {
    const archived = await newGroup();
    await db.group.update({ where: { id: archived.id }, data: { archivedAt: SUITE_MOMENT } });
    asChair();
    const before = await snapshot();
    const res = await createGroupAction({ name: archived.name });
    expect(res).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { name: expect.stringMatching(/^Tên tổ đã tồn tại\. \(một tổ đã lưu trữ\)/) },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("another unit may use the same name: names are unique per unit", async () => {
    actAs(w.userIdOf("chairOfOtherUnit"));
    const res = await createGroupAction({ name: w.groupB.name });
    expect(res.ok).toBe(true);
    expect(await db.group.count({ where: { name: w.groupB.name } })).toBe(2);
  });

  it("bad names are refused with Vietnamese field errors", async () => {
    asChair();
    expect(await createGroupAction({ name: " a " })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { name: "Vui lòng nhập tên tổ (ít nhất 2 ký tự)." },
    });
    expect(await createGroupAction({ name: "x".repeat(101) })).toMatchObject({
      ok: false,
      fieldErrors: { name: "Tên tổ dài quá 100 ký tự." },
    });
  });
});

describe("renameGroup", () => {
  it("renames, with the old and new name in the audit row", async () => {
    const g = await newGroup();
    asChair();
    const name = `Tổ Tiếng Anh ${tag()}`;
    expect((await renameGroupAction({ id: g.id, name })).ok).toBe(true);
    expect((await db.group.findUniqueOrThrow({ where: { id: g.id } })).name).toBe(name);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: g.id }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({
      action: "group.rename",
      actorUserId: chair.userId,
      before: { name: g.name },
      after: { name },
    });
  });

  it("refuses another tổ's name, and leaves both untouched", async () => {
    const g = await newGroup();
    asChair();
    const before = await snapshot();
    const res = await renameGroupAction({ id: g.id, name: ` ${w.groupB.name.toUpperCase()} ` });
    expect(res).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { name: "Tên tổ đã tồn tại." } });
    expect(await snapshot()).toEqual(before);
  });

  it("a tổ of another unit behaves as not found", async () => {
    asChair();
    const before = await snapshot();
    expect(await renameGroupAction({ id: w.otherGroup.id, name: "Tổ bị đổi tên" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("archiveGroup and restoreGroup", () => {
  it("refuses to archive a tổ that still has ACTIVE or SUSPENDED members, and changes nothing", async () => {
    const g = await newGroup();
    await addMember(g.id);
    await addMember(g.id, { status: "SUSPENDED" });
    await addMember(g.id, { status: "LEFT" });
    asChair();
    const before = await snapshot();
    const res = await archiveGroupAction({ id: g.id });
    expect(res).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: expect.stringContaining("Tổ còn 2 đoàn viên đang sinh hoạt"),
    });
    expect(await snapshot()).toEqual(before);
  });

  it("archives a tổ whose members have all left, deleting nothing; restore brings it back", async () => {
    const g = await newGroup();
    const gone = await addMember(g.id, { status: "RETIRED" });
    asChair();
    const before = await snapshot();
    expect(await archiveGroupAction({ id: g.id })).toMatchObject({ ok: true, data: { id: g.id } });
    const after = await snapshot();
    expect((await db.group.findUniqueOrThrow({ where: { id: g.id } })).archivedAt).toBeInstanceOf(Date);
    // Nothing else moved or disappeared: same members, memberships, events, positions.
    for (const key of ["members", "memberships", "events", "positions", "terms"] as const)
      expect(after[key]).toEqual(before[key]);
    expect(after.groups).toHaveLength(before.groups.length);
    expect(await db.groupMembership.count({ where: { groupId: g.id, memberId: gone.id } })).toBe(1);
    const archivedAudit = await db.auditLog.findFirstOrThrow({
      where: { entityId: g.id },
      orderBy: { id: "desc" },
    });
    expect(archivedAudit).toMatchObject({
      action: "group.archive",
      actorUserId: chair.userId,
      before: { archivedAt: null },
    });

    const listed = await listGroups(chair);
    expect(listed.archived.map((r) => r.id)).toContain(g.id);
    expect(listed.active.map((r) => r.id)).not.toContain(g.id);

    expect(await restoreGroupAction({ id: g.id })).toMatchObject({ ok: true });
    expect((await db.group.findUniqueOrThrow({ where: { id: g.id } })).archivedAt).toBeNull();
    const restoredAudit = await db.auditLog.findFirstOrThrow({
      where: { entityId: g.id },
      orderBy: { id: "desc" },
    });
    expect(restoredAudit).toMatchObject({ action: "group.restore", after: { archivedAt: null } });
    expect((await listGroups(chair)).active.map((r) => r.id)).toContain(g.id);
  });

  it("archiving an empty tổ ends the offices still open in it, the day before", async () => {
    const g = await newGroup();
    // A tổ trưởng recorded for a tổ they no longer belong to (data as an old import could leave it).
    const p = await db.position.create({
      data: {
        termId: w.term.id,
        memberId: w.memberIdOf("member")!,
        office: "GROUP_LEADER",
        groupId: g.id,
        startOn: new Date("2024-01-01T00:00:00Z"),
      },
    });
    asChair();
    expect((await archiveGroupAction({ id: g.id })).ok).toBe(true);
    const ended = await db.position.findUniqueOrThrow({ where: { id: p.id } });
    expect(ended.endOn).toEqual(new Date(TODAY.getTime() - 86_400_000));
  });

  it("a tổ of another unit cannot be archived or restored", async () => {
    const foreign = await makeGroup(db, w.otherUnit.id);
    await db.group.update({ where: { id: foreign.id }, data: { archivedAt: SUITE_MOMENT } });
    const empty = await makeGroup(db, w.otherUnit.id);
    asChair();
    const before = await snapshot();
    expect(await restoreGroupAction({ id: foreign.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await archiveGroupAction({ id: empty.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("group queries", () => {
  it("the list counts only ACTIVE and SUSPENDED members", async () => {
    const g = await newGroup();
    for (const status of [
      "ACTIVE",
      "ACTIVE",
      "SUSPENDED",
      "LEFT",
      "TRANSFERRED_OUT",
      "RETIRED",
      "EXPELLED",
    ] as const)
      await addMember(g.id, { status });
    const row = (await listGroups(chair)).active.find((r) => r.id === g.id);
    expect(row?.memberCount).toBe(3);
    expect((await getGroupDetail(chair, g.id))?.members).toHaveLength(3);
  });

  it("a tổ trưởng opens their own tổ only; another tổ is null, as for a đoàn viên", async () => {
    const leader = (await loadActor(w.userIdOf("leaderSameGroup")!))!;
    const own = await getGroupDetail(leader, w.groupA.id);
    expect(own?.group.id).toBe(w.groupA.id);
    expect(own?.currentOfficers.map((o) => o.member.id)).toContain(w.memberIdOf("leaderSameGroup"));
    expect(own?.members.map((m) => m.id)).toContain(w.memberIdOf("member"));
    expect(await getGroupDetail(leader, w.groupB.id)).toBeNull();
    const rows = (await listGroups(leader)).active;
    expect(rows.find((r) => r.id === w.groupA.id)?.canOpen).toBe(true);
    expect(rows.find((r) => r.id === w.groupB.id)?.canOpen).toBe(false);

    const member = (await loadActor(w.userIdOf("member")!))!;
    expect(await getGroupDetail(member, w.groupA.id)).toBeNull();
    expect(await listGroups(member)).toMatchObject({ active: [], archived: [], total: 0 });
  });

  it("BCH and UBKT open every tổ of their unit, never another unit's", async () => {
    for (const role of ["ubkt", "bchMember", "chair"] as const) {
      const actor = (await loadActor(w.userIdOf(role)!))!;
      expect((await getGroupDetail(actor, w.groupA.id))?.group.id, role).toBe(w.groupA.id);
      expect((await getGroupDetail(actor, w.groupB.id))?.group.id, role).toBe(w.groupB.id);
      expect(await getGroupDetail(actor, w.otherGroup.id), role).toBeNull();
    }
    const other = (await loadActor(w.userIdOf("chairOfOtherUnit")!))!;
    expect(await getGroupDetail(other, w.groupA.id)).toBeNull();
    expect((await listGroups(other)).active.map((r) => r.id)).not.toContain(w.groupA.id);
  });
});

describe("the tổ list at scale", () => {
  it("shows 50 tổ a page, finds a tổ by part of its name, and counts only the page's members", async () => {
    const tag = randomUUID().slice(0, 6);
    const made = [];
    for (let i = 0; i < 53; i++)
      made.push(
        await db.group.create({
          data: { unitId: w.unit.id, name: `Tổ Phân xưởng ${tag} ${String(i).padStart(2, "0")}` },
        }),
      );
    await makeMember(db, { unitId: w.unit.id, groupId: made[52].id });
    const first = await listGroups(chair, { q: `phân xưởng ${tag}` });
    expect(first).toMatchObject({ total: 53, page: 1, pageCount: 2 });
    expect(first.active).toHaveLength(50);
    const second = await listGroups(chair, { q: `Phân xưởng ${tag}`, page: 2 });
    expect(second.active.map((g) => g.name)).toEqual([50, 51, 52].map((i) => `Tổ Phân xưởng ${tag} ${i}`));
    expect(second.active[2].memberCount).toBe(1);
    // A page past the end shows the last page rather than nothing.
    expect((await listGroups(chair, { q: tag, page: 99 })).page).toBe(2);
    expect((await listGroups(chair, { q: `${tag} 07` })).active.map((g) => g.id)).toEqual([made[7].id]);
  });
});

// Every member mutation writes exactly one append-only audit row (who, what, before → after);
// reading another member's record is logged too (Nghị định 13/2023).
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import {
  changeMemberStatusAction,
  createMemberAction,
  updateMemberAction,
  updateOwnContactAction,
} from "@/lib/members/actions";
import { getMember } from "@/lib/members/queries";
import { makeMember } from "../factories/records";
import { editForm, newMemberForm } from "./helpers/forms";
import { actAs } from "./helpers/session";
import { auditSince, lastAuditId } from "./helpers/snapshot";
import { buildWorld, type World } from "./helpers/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const newTarget = () => makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id, phone: "0911111111" });

describe("member mutations write one audit row each", () => {
  it("createMember records the new record as `after`", async () => {
    actAs(w.people.bchMember.user.id);
    const since = await lastAuditId();
    const res = await createMemberAction(
      newMemberForm(w.groupA.id, { fullName: "Phạm Văn Mới", phone: "0987 654 321" }),
    );
    expect(res.ok).toBe(true);
    const id = (res as { data: { id: string } }).data.id;
    const rows = await auditSince(since);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorUserId: w.people.bchMember.user.id,
      action: "member.create",
      entityType: "Member",
      entityId: id,
      before: null,
    });
    expect(rows[0].after).toMatchObject({
      fullName: "Phạm Văn Mới",
      phone: "0987654321",
      groupId: w.groupA.id,
    });
  });

  it("updateMember records only what changed, before → after", async () => {
    const target = await newTarget();
    actAs(w.people.chair.user.id);
    const since = await lastAuditId();
    const res = await updateMemberAction({
      id: target.id,
      version: target.version,
      values: editForm(target, { phone: "0922222222" }),
    });
    expect(res.ok).toBe(true);
    const rows = await auditSince(since);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorUserId: w.people.chair.user.id,
      action: "member.update",
      entityId: target.id,
      before: { phone: "0911111111" },
      after: { phone: "0922222222" },
    });
    expect(Object.keys(rows[0].after as object)).toEqual(["phone"]);
  });

  it("updateMember with nothing changed writes no row", async () => {
    const target = await newTarget();
    actAs(w.people.chair.user.id);
    const since = await lastAuditId();
    expect(
      (await updateMemberAction({ id: target.id, version: target.version, values: editForm(target) })).ok,
    ).toBe(true);
    expect(await auditSince(since)).toHaveLength(0);
  });

  it("changeMemberStatus records the status before → after with the date and reason", async () => {
    const target = await newTarget();
    actAs(w.people.viceChair.user.id);
    const since = await lastAuditId();
    const res = await changeMemberStatusAction({
      memberId: target.id,
      event: "SUSPENDED",
      effectiveOn: "2026-02-01",
      reason: "Đi học dài hạn",
    });
    expect(res.ok).toBe(true);
    const rows = await auditSince(since);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorUserId: w.people.viceChair.user.id,
      action: "member.suspended",
      entityId: target.id,
      before: { status: "ACTIVE", groupId: w.groupA.id },
      after: {
        status: "SUSPENDED",
        groupId: w.groupA.id,
        effectiveOn: "2026-02-01",
        reason: "Đi học dài hạn",
      },
    });
  });

  it("updateOwnContact records the member's own phone and email change", async () => {
    const me = w.people.member;
    actAs(me.user.id);
    const since = await lastAuditId();
    const res = await updateOwnContactAction({ phone: "0933333333", email: "Toi@Truong.EDU.vn" });
    expect(res.ok).toBe(true);
    const rows = await auditSince(since);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorUserId: me.user.id,
      action: "member.contact",
      entityId: me.member.id,
      before: { phone: me.member.phone ?? null, email: me.member.email ?? null },
      after: { phone: "0933333333", email: "toi@truong.edu.vn" },
    });
  });

  it("a refused mutation writes no row", async () => {
    const target = await newTarget();
    actAs(w.people.ubkt.user.id);
    const since = await lastAuditId();
    const res = await updateMemberAction({
      id: target.id,
      version: target.version,
      values: editForm(target, { phone: "0944444444" }),
    });
    expect(res).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await auditSince(since)).toHaveLength(0);
  });
});

describe("reads of personal data", () => {
  it("reading another member's detail writes a member.read row; reading one's own does not", async () => {
    const target = await newTarget();
    const ubkt = (await loadActor(w.people.ubkt.user.id))!;
    let since = await lastAuditId();
    expect(await getMember(ubkt, target.id)).not.toBeNull();
    const rows = await auditSince(since);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorUserId: ubkt.userId,
      action: "member.read",
      entityType: "Member",
      entityId: target.id,
    });

    since = await lastAuditId();
    expect(await getMember(ubkt, ubkt.memberId!)).not.toBeNull();
    expect(await auditSince(since)).toHaveLength(0);
  });

  it("a read outside the actor's scope returns nothing and logs nothing", async () => {
    const target = await newTarget();
    const leaderB = (await loadActor(w.people.leaderOtherGroup.user.id))!;
    const since = await lastAuditId();
    expect(await getMember(leaderB, target.id)).toBeNull();
    expect(await auditSince(since)).toHaveLength(0);
  });
});

describe("the audit log is append-only", () => {
  it("refuses a raw UPDATE and a raw DELETE, and the row stays as written", async () => {
    const target = await newTarget();
    await getMember((await loadActor(w.people.chair.user.id))!, target.id);
    const row = await db.auditLog.findFirstOrThrow({ where: { entityId: target.id, action: "member.read" } });

    await expect(
      db.$executeRawUnsafe(`UPDATE "AuditLog" SET "action" = 'tampered' WHERE "id" = $1`, row.id),
    ).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditLog" WHERE "id" = $1`, row.id)).rejects.toThrow(
      /append-only/,
    );
    await expect(
      db.auditLog.update({ where: { id: row.id }, data: { action: "tampered" } }),
    ).rejects.toThrow();
    await expect(db.auditLog.deleteMany({ where: { id: row.id } })).rejects.toThrow();

    expect(await db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });
});

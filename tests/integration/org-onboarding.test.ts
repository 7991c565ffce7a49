// The cấp trên's onboarding (decision 0083) against the real database: its account holds
// the org.* permissions and nothing of a CĐCS's; it creates a CĐCS under it, lists only its own
// subtree, invites the CĐCS's first chủ tịch; the one-time link sets the password once, before it
// expires, and every refusal leaves the database as it was.
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/current-user";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { createGrassrootsUnitAction, inviteChairAction } from "@/lib/org/actions";
import { INVITE_UNUSABLE, redeemInvite } from "@/lib/org/invite/redeem-invite";
import { hashInviteToken } from "@/lib/org/invite/token";
import { findOrgUnits } from "@/lib/org/queries";
import { SUITE_MOMENT } from "../support/today";
import { grassrootsUnder } from "./helpers/matrix-org";
import { actAs } from "./helpers/session";
import { lastAuditId } from "./helpers/snapshot";
import { snapshotAll } from "./helpers/unit-snapshot";
import { buildWorld, type World } from "./helpers/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const tokenOf = (link: string) => link.replace("/invite/", "");

describe("a cấp trên's account", () => {
  it("holds the org permissions and none of a CĐCS's", async () => {
    const actor = (await loadActor(w.upperUser.id))!;
    expect(actor.roles).toEqual(["upper_chair"]);
    expect(actor.unitId).toBe(w.upper.id);
    expect([...actor.permissions].sort()).toEqual(
      [
        "account.password.change",
        "org.appraise",
        "org.awards.decide",
        "org.invite",
        "org.manage",
        "org.read",
        "org.rollup.read",
        "org.submissions.decide",
        "org.submissions.read",
      ].sort(),
    );
  });

  it("the chủ tịch of the CĐCS below holds no org permission", async () => {
    const chair = (await loadActor(w.userIdOf("chair")!))!;
    expect([...chair.permissions].filter((p) => p.startsWith("org."))).toEqual([]);
  });
});

describe("the cấp trên's list of CĐCS", () => {
  it("lists its own subtree with member counts, not another cấp trên's units", async () => {
    const actor = (await loadActor(w.upperUser.id))!;
    const list = await findOrgUnits(actor, { q: "", page: 1 });
    // buildWorld makes seven people in this unit, all đang sinh hoạt.
    expect(list.rows.map((r) => [r.id, r.activeMembers])).toEqual([[w.unit.id, 7]]);
    expect(list.rows.map((r) => r.id)).not.toContain(w.otherUnit.id);
  });

  it("names the chủ tịch a CĐCS had before its cấp trên came into the app; a new CĐCS has none yet", async () => {
    const fresh = await grassrootsUnder(w);
    const actor = (await loadActor(w.upperUser.id))!;
    const rows = (await findOrgUnits(actor, { q: "", page: 1 })).rows;
    // buildWorld's unit has a chủ tịch (its CHAIR position, 2020–2099) with an account, never invited
    // and never signed in: an account, not "đã đăng nhập".
    expect(rows.find((r) => r.id === w.unit.id)?.chair).toEqual({
      fullName: w.people.chair.member.fullName,
      state: "created",
    });
    expect(rows.find((r) => r.id === fresh.id)?.chair).toBeNull();
  });

  it("says the chủ tịch has signed in only once the account has a sign-in", async () => {
    await db.user.update({
      where: { id: w.people.chair.user.id },
      data: { lastLoginAt: new Date(SUITE_MOMENT.getTime() - 86_400_000) },
    });
    const actor = (await loadActor(w.upperUser.id))!;
    const rows = (await findOrgUnits(actor, { q: "", page: 1 })).rows;
    expect(rows.find((r) => r.id === w.unit.id)?.chair?.state).toBe("active");
    await db.user.update({ where: { id: w.people.chair.user.id }, data: { lastLoginAt: null } });
  });

  it("searches without diacritics", async () => {
    const extra = await grassrootsUnder(w);
    await db.unit.update({ where: { id: extra.id }, data: { name: "Công đoàn Trường Tiểu học Hòa Khánh" } });
    const actor = (await loadActor(w.upperUser.id))!;
    const found = await findOrgUnits(actor, { q: "hoa khanh", page: 1 });
    expect(found.rows.map((r) => r.name)).toEqual(["Công đoàn Trường Tiểu học Hòa Khánh"]);
  });
});

describe("creating a CĐCS", () => {
  it("puts it under the cấp trên with its loại hình and năm thi đua, audited", async () => {
    actAs(w.upperUser.id);
    const mark = await lastAuditId();
    const r = await createGrassrootsUnitAction({
      name: "Công đoàn Công ty Cổ phần In Đà Nẵng",
      unitType: "enterprise",
      cycle: "calendar",
      placeName: "Đà Nẵng",
    });
    expect(r).toMatchObject({ ok: true });
    const id = (r as { data: { id: string } }).data.id;
    const unit = await db.unit.findUniqueOrThrow({
      where: { id },
      select: {
        kind: true,
        parentId: true,
        parentName: true,
        settings: { select: { key: true, value: true } },
      },
    });
    expect(unit).toMatchObject({ kind: "GRASSROOTS", parentId: w.upper.id, parentName: w.upper.name });
    expect(unit.settings.map((s) => [s.key, s.value]).sort()).toEqual([
      ["cycle.kind", "calendar"],
      ["unit.type", "enterprise"],
    ]);
    const audit = await db.auditLog.findMany({ where: { id: { gt: mark } } });
    expect(audit.map((a) => [a.action, a.entityId, a.actorUserId])).toEqual([
      ["org.unit.create", id, w.upperUser.id],
    ]);
  });

  it("refuses a missing name and an unknown loại hình next to the fields, changing nothing", async () => {
    actAs(w.upperUser.id);
    const units = await db.unit.count();
    const mark = await lastAuditId();
    const r = await createGrassrootsUnitAction({
      name: " ",
      unitType: "factory",
      cycle: "school",
      placeName: "Huế",
    });
    expect(r).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { name: "Vui lòng nhập tên công đoàn cơ sở.", unitType: "Loại hình đơn vị không hợp lệ." },
    });
    expect(await db.unit.count()).toBe(units);
    expect(await lastAuditId()).toBe(mark);
  });
});

describe("inviting the first chủ tịch and the one-time link", () => {
  it("makes the member, the CHAIR office and an account that opens only through the link", async () => {
    const unit = await grassrootsUnder(w);
    process.env.SMTP_HOST = "localhost";
    process.env.APP_URL = "https://socongdoan.example";
    actAs(w.upperUser.id);
    const r = await inviteChairAction({
      unitId: unit.id,
      fullName: "Đinh Thị Thu Hiền",
      gender: "FEMALE",
      email: "Hien.Dinh@Example.vn",
    });
    delete process.env.SMTP_HOST;
    delete process.env.APP_URL;
    expect(r).toMatchObject({ ok: true });
    const { link } = (r as { data: { link: string } }).data;
    const token = tokenOf(link);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const user = await db.user.findUniqueOrThrow({
      where: { email: "hien.dinh@example.vn" },
      select: {
        id: true,
        unitId: true,
        passwordHash: true,
        member: { select: { fullName: true, positions: true } },
      },
    });
    expect(user.unitId).toBe(unit.id);
    expect(user.member?.fullName).toBe("Đinh Thị Thu Hiền");
    expect(user.member?.positions.map((p) => p.office)).toEqual(["CHAIR"]);
    // Only the hash of the token is stored; the outbox mail carries the link.
    const invite = await db.userInvite.findFirstOrThrow({ where: { userId: user.id } });
    expect(invite.tokenHash).toBe(hashInviteToken(token));
    expect(invite.tokenHash).not.toContain(token);
    expect(invite.expiresAt.getTime() - SUITE_MOMENT.getTime()).toBeGreaterThan(6 * 86_400_000);
    const mail = await db.mailJob.findFirstOrThrow({ where: { userId: user.id } });
    expect(mail.toAddress).toBe("hien.dinh@example.vn");
    expect(mail.text).toContain(`https://socongdoan.example/invite/${token}`);

    // Redeemed once: the password works and the account is the CĐCS's chủ tịch.
    await expect(redeemInvite({ token, password: "ChuTich2026" })).resolves.toEqual({
      email: "hien.dinh@example.vn",
    });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(await verifyPassword(after.passwordHash, "ChuTich2026")).toBe(true);
    const actor = (await loadActor(user.id))!;
    expect(actor.roles.sort()).toEqual(["chair", "member"]);
    expect(actor.unitId).toBe(unit.id);
    const accepted = await db.auditLog.findFirstOrThrow({
      where: { action: "org.invite.accept", entityId: user.id },
    });
    expect(accepted.actorUserId).toBe(user.id);

    // A second use is refused and changes nothing.
    const mark = await lastAuditId();
    await expect(redeemInvite({ token, password: "KhacHan2027" })).rejects.toThrow(INVITE_UNUSABLE);
    const again = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(again.passwordHash).toBe(after.passwordHash);
    expect(await lastAuditId()).toBe(mark);
  });

  it("refuses an expired link and a second invite for the same CĐCS", async () => {
    const unit = await grassrootsUnder(w);
    actAs(w.upperUser.id);
    const r = await inviteChairAction({
      unitId: unit.id,
      fullName: "Lê Văn Tâm",
      gender: "MALE",
      email: "tam.le@example.vn",
    });
    const token = tokenOf((r as { data: { link: string } }).data.link);
    await db.userInvite.updateMany({
      where: { tokenHash: hashInviteToken(token) },
      data: { expiresAt: new Date(SUITE_MOMENT.getTime() - 1000) },
    });
    const mark = await lastAuditId();
    await expect(redeemInvite({ token, password: "ChuTich2026" })).rejects.toThrow(INVITE_UNUSABLE);
    expect(await lastAuditId()).toBe(mark);

    const second = await inviteChairAction({
      unitId: unit.id,
      fullName: "Lê Văn Tâm",
      gender: "MALE",
      email: "tam2@example.vn",
    });
    expect(second).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.user.count({ where: { email: "tam2@example.vn" } })).toBe(0);
  });

  it("finds no CĐCS outside its subtree: another cấp trên's unit is not found, nothing written", async () => {
    actAs(w.upperUser.id);
    const before = await snapshotAll(w.unitIds);
    const mark = await lastAuditId();
    const r = await inviteChairAction({
      unitId: w.otherUnit.id,
      fullName: "Ngô Văn Lạ",
      gender: "MALE",
      email: "la@example.vn",
    });
    expect(r).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await snapshotAll(w.unitIds)).toEqual(before);
    expect(await lastAuditId()).toBe(mark);
  });

  it("refuses a wrong token without telling whether it existed", async () => {
    await expect(redeemInvite({ token: "x".repeat(43), password: "ChuTich2026" })).rejects.toThrow(
      INVITE_UNUSABLE,
    );
  });
});

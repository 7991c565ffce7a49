import { verify } from "@node-rs/argon2";
import { beforeAll, describe, expect, it } from "vitest";
import { changePasswordAction } from "@/lib/auth/actions";
import { loadActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import {
  createAccountAction,
  resetAccountPasswordAction,
  setAccountActiveAction,
} from "@/lib/settings/accounts/actions";
import { findAccounts, findMembersWithoutAccount } from "@/lib/settings/accounts/queries";
import { makeMember } from "../factories/records";
import { actAs } from "./helpers/session";
import { buildWorld, type World } from "./helpers/world";
import { SUITE_MOMENT } from "../support/today";

let w: World;
let newcomerId: string;
beforeAll(async () => {
  w = await buildWorld();
  newcomerId = (await makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id, fullName: "Lê Thị Mới" })).id;
});

describe("accounts", () => {
  it("lists the unit's accounts without password hashes, and members who have none", async () => {
    actAs(w.userIdOf("chair"));
    const actor = (await loadActor(w.userIdOf("chair")!))!;
    const rows = await findAccounts(actor);
    expect(rows.length).toBe(7);
    expect(JSON.stringify(rows)).not.toMatch(/argon2|passwordHash/);
    expect(rows.find((r) => r.isSelf)?.memberName).toBe(w.people.chair.member.fullName);
    const candidates = await findMembersWithoutAccount(actor);
    expect(candidates.map((c) => c.id)).toEqual([newcomerId]);
  });
  it("only accounts.manage may act: BCH, UBKT, members are refused", async () => {
    for (const role of ["bchMember", "viceChair", "ubkt", "member"] as const) {
      actAs(w.userIdOf(role));
      expect(
        await createAccountAction({ memberId: newcomerId, email: "x@test.vn", password: "abcd1234" }),
        role,
      ).toMatchObject({ code: "FORBIDDEN" });
      expect(
        await resetAccountPasswordAction({ userId: w.userIdOf("member")!, password: "abcd1234" }),
        role,
      ).toMatchObject({ code: "FORBIDDEN" });
      expect(
        await setAccountActiveAction({ userId: w.userIdOf("member")!, active: false }),
        role,
      ).toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect(await db.user.count({ where: { memberId: newcomerId } })).toBe(0);
  });
  it("refuses a used email next to the field, a weak password, and a member of another unit", async () => {
    actAs(w.userIdOf("chair"));
    const usedEmail = (await db.user.findUniqueOrThrow({ where: { id: w.userIdOf("member")! } })).email;
    expect(
      await createAccountAction({
        memberId: newcomerId,
        email: usedEmail.toUpperCase(),
        password: "abcd1234",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { email: "Email này đã được dùng." } });
    expect(
      await createAccountAction({ memberId: newcomerId, email: "moi@test.vn", password: "abcdefgh" }),
    ).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { password: expect.any(String) } });
    const other = await makeMember(db, { unitId: w.otherUnit.id, groupId: w.otherGroup.id });
    expect(
      await createAccountAction({ memberId: other.id, email: "khac@test.vn", password: "abcd1234" }),
    ).toMatchObject({ ok: false, fieldErrors: { memberId: expect.any(String) } });
    expect(
      await createAccountAction({
        memberId: w.memberIdOf("member")!,
        email: "hai@test.vn",
        password: "abcd1234",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { memberId: "Đoàn viên này đã có tài khoản." } });
  });
  it("creates an account with a hashed password and a clean audit row", async () => {
    actAs(w.userIdOf("chair"));
    const r = await createAccountAction({
      memberId: newcomerId,
      email: " Moi@Test.vn ",
      password: "tam12345",
    });
    expect(r.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email: "moi@test.vn" } });
    expect(user.memberId).toBe(newcomerId);
    expect(await verify(user.passwordHash, "tam12345")).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "User", entityId: user.id, action: "account.create" },
    });
    expect(JSON.stringify([audit.before, audit.after])).not.toMatch(/tam12345|argon2/);
    expect(await loadActor(user.id)).not.toBeNull();
  });
  it("deactivates and reactivates, but never oneself", async () => {
    actAs(w.userIdOf("chair"));
    expect(await setAccountActiveAction({ userId: w.userIdOf("chair")!, active: false })).toMatchObject({
      ok: false,
      error: "Bạn không thể tự khóa tài khoản của mình.",
    });
    const target = w.userIdOf("member")!;
    expect((await setAccountActiveAction({ userId: target, active: false })).ok).toBe(true);
    expect(await loadActor(target)).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "User", entityId: target },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({
      action: "account.deactivate",
      before: { isActive: true },
      after: { isActive: false },
    });
    expect((await setAccountActiveAction({ userId: target, active: true })).ok).toBe(true);
    expect(await loadActor(target)).not.toBeNull();
  });
  it("another unit's account behaves as not found", async () => {
    actAs(w.userIdOf("chair"));
    const other = w.userIdOf("chairOfOtherUnit")!;
    expect(await setAccountActiveAction({ userId: other, active: false })).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await resetAccountPasswordAction({ userId: other, password: "abcd1234" })).toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: other } })).isActive).toBe(true);
  });
  it("resets a password and lifts the sign-in lockout", async () => {
    actAs(w.userIdOf("chair"));
    const target = await db.user.findUniqueOrThrow({ where: { id: w.userIdOf("ubkt")! } });
    await db.loginAttempt.createMany({ data: [1, 2, 3, 4, 5].map(() => ({ key: `email:${target.email}` })) });
    expect((await resetAccountPasswordAction({ userId: target.id, password: "moi98765" })).ok).toBe(true);
    const after = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(await verify(after.passwordHash, "moi98765")).toBe(true);
    expect(await db.loginAttempt.count({ where: { key: `email:${target.email}` } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "User", entityId: target.id, action: "account.reset-password" },
    });
    expect(JSON.stringify([audit.before, audit.after])).not.toMatch(/moi98765|argon2/);
  });

  it("a password change or reset ends the sign-ins from before it; later ones go on", async () => {
    const member = w.userIdOf("member")!;
    const signedIn = SUITE_MOMENT.getTime() - 60_000;
    expect(await loadActor(member, signedIn)).not.toBeNull();
    actAs(member);
    expect(
      await changePasswordAction({
        currentPassword: "wrong-password",
        newPassword: "DoiMatKhau@2026",
        confirmPassword: "DoiMatKhau@2026",
      }),
    ).toMatchObject({ ok: false });
    expect(await loadActor(member, signedIn)).not.toBeNull();
    const user = await db.user.findUniqueOrThrow({ where: { id: member } });
    expect(user.sessionsValidFrom).toBeNull();

    actAs(w.userIdOf("chair"));
    expect((await resetAccountPasswordAction({ userId: member, password: "tam12345" })).ok).toBe(true);
    const reset = await db.user.findUniqueOrThrow({ where: { id: member } });
    expect(reset.sessionsValidFrom).toBeInstanceOf(Date);
    // The sign-in of a minute ago is over; one made after the reset is not.
    expect(await loadActor(member, signedIn)).toBeNull();
    expect(reset.sessionsValidFrom).toEqual(SUITE_MOMENT);
    expect(await loadActor(member, SUITE_MOMENT.getTime() + 1)).not.toBeNull();
    // A sign-in earlier in the same second as the reset is over too (milliseconds, not JWT seconds).
    const at = reset.sessionsValidFrom!.getTime();
    expect(await loadActor(member, at - 1)).toBeNull();
    expect(await loadActor(member, at)).not.toBeNull();
    // Without a sign-in time (a session from before this rule), nothing is judged.
    expect(await loadActor(member)).not.toBeNull();
  });
});

"use server";
import { revalidatePath } from "next/cache";
import { legacyAction } from "@/lib/action";
import { writeAudit } from "@/lib/audit/log";
import { hashPassword } from "@/lib/auth/password";
import { clearLoginFailures } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { conflict, invalid, notFound } from "@/lib/errors";
import { createAccountSchema, resetPasswordSchema, setAccountActiveSchema } from "./schema";

const EMAIL_TAKEN = "Email này đã được dùng.";
const uniqueFields = { email: EMAIL_TAKEN, memberId: "Đoàn viên này đã có tài khoản." };

// Audit rows name the account, never the password or its hash.
async function findAccountInUnit(userId: string, unitId: string) {
  const user = await db.user.findFirst({
    where: { id: userId, unitId },
    select: { id: true, email: true, isActive: true },
  });
  if (!user) throw notFound();
  return user;
}

/** An account for a member who has none, with a temporary password the chair hands over. */
export const createAccount = legacyAction(
  { name: "account.create", permission: "accounts.manage", schema: createAccountSchema, uniqueFields },
  async (values, actor) => {
    const member = await db.member.findFirst({
      where: { id: values.memberId, unitId: actor.unitId },
      select: { id: true, fullName: true, status: true, user: { select: { id: true } } },
    });
    if (!member) throw invalid({ memberId: "Không tìm thấy đoàn viên." });
    if (member.user) throw invalid({ memberId: "Đoàn viên này đã có tài khoản." });
    if (member.status !== "ACTIVE" && member.status !== "SUSPENDED")
      throw invalid({ memberId: "Đoàn viên đã ra khỏi tổ chức nên không thể đăng nhập." });
    if (await db.user.findUnique({ where: { email: values.email }, select: { id: true } }))
      throw conflict(EMAIL_TAKEN, { email: EMAIL_TAKEN });
    const passwordHash = await hashPassword(values.password);
    const user = await db.$transaction(async (tx) => {
      const u = await tx.user.create({
        data: { unitId: actor.unitId, email: values.email, passwordHash, memberId: member.id },
        select: { id: true },
      });
      await writeAudit(tx, actor, {
        action: "account.create",
        entityType: "User",
        entityId: u.id,
        after: { email: values.email, memberId: member.id, isActive: true },
      });
      return u;
    });
    revalidatePath("/settings/accounts");
    return { id: user.id, message: `Đã tạo tài khoản cho ${member.fullName}.` };
  },
);

/** Khóa / mở lại. Nobody locks themselves out. */
export const setAccountActive = legacyAction(
  { name: "account.active", permission: "accounts.manage", schema: setAccountActiveSchema },
  async ({ userId, active }, actor) => {
    if (userId === actor.userId && !active) throw conflict("Bạn không thể tự khóa tài khoản của mình.");
    const user = await findAccountInUnit(userId, actor.unitId);
    if (user.isActive !== active) {
      await db.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { isActive: active } });
        await writeAudit(tx, actor, {
          action: active ? "account.reactivate" : "account.deactivate",
          entityType: "User",
          entityId: user.id,
          before: { isActive: user.isActive },
          after: { isActive: active },
        });
      });
    }
    revalidatePath("/settings/accounts");
    return { message: active ? `Đã mở lại tài khoản ${user.email}.` : `Đã khóa tài khoản ${user.email}.` };
  },
);

/** Sets a new temporary password, and lifts a sign-in lockout so it can be used at once. */
export const resetAccountPassword = legacyAction(
  { name: "account.reset-password", permission: "accounts.manage", schema: resetPasswordSchema },
  async ({ userId, password }, actor) => {
    const user = await findAccountInUnit(userId, actor.unitId);
    const passwordHash = await hashPassword(password);
    await db.$transaction(async (tx) => {
      // The account's sign-ins end: whoever held the old password is out.
      await tx.user.update({
        where: { id: user.id },
        data: { passwordHash, passwordChangedAt: null, sessionsValidFrom: new Date() },
      });
      await writeAudit(tx, actor, {
        action: "account.reset-password",
        entityType: "User",
        entityId: user.id,
        after: { email: user.email },
      });
    });
    await clearLoginFailures(user.email);
    revalidatePath("/settings/accounts");
    return { message: `Đã đặt mật khẩu tạm mới cho ${user.email}.` };
  },
);

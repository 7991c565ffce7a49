// user:create --upper: the first cấp trên of a deployment and its chủ tịch's account.
import { createUserRecord } from "./records";
import { choosePassword, UsageError, USAGE, value, type Args } from "./user-create-input";
import type { PrismaClient } from "../../lib/generated/prisma/client";

/**
 * `--upper`: the first cấp trên of a deployment (decision 0083) and its chủ tịch's account,
 * which holds the office directly (a cấp trên keeps no member list here).
 */
export async function runUpper(db: PrismaClient, args: Args) {
  const missing: string[] = [];
  const name = await value(args["unit-name"], "Tên công đoàn cấp trên", "unit-name", missing);
  const parentName = await value(
    args["parent-name"],
    "Tên công đoàn cấp trên của nó",
    "parent-name",
    missing,
  );
  const placeName = await value(args["place-name"], "Địa danh (in trên văn bản)", "place-name", missing);
  const email = (await value(args.email, "Email đăng nhập", "email", missing)).toLowerCase();
  if (missing.length) throw new UsageError(`Thiếu thông tin: ${missing.join(", ")}.\n\n${USAGE}`);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new UsageError(`Email "${email}" không hợp lệ.`);
  if (await db.user.findUnique({ where: { email }, select: { id: true } }))
    throw new UsageError(`Email ${email} đã được dùng cho một tài khoản khác.`);
  const { password, generated } = await choosePassword(args.password);
  const out = await db.$transaction(async (txClient) => {
    const tx = txClient as unknown as PrismaClient;
    const unit = await tx.unit.create({ data: { name, parentName, placeName, kind: "UPPER" } });
    const user = await createUserRecord(tx, { unitId: unit.id, email, password, isSystemAdmin: args.admin });
    await tx.user.update({ where: { id: user.id }, data: { upperOffice: "CHAIR" } });
    await tx.auditLog.create({
      data: {
        action: "account.create",
        entityType: "User",
        entityId: user.id,
        after: { email, unitId: unit.id, upperOffice: "CHAIR", via: "user:create --upper" },
      },
    });
    return { unit };
  });
  console.log("Đã tạo xong:");
  console.log(`  Công đoàn cấp trên: ${out.unit.name} (thuộc ${parentName})`);
  console.log(`  Tài khoản:          ${email} (chủ tịch công đoàn cấp trên)`);
  if (generated) console.log(`  Mật khẩu tạm:       ${password}\nHãy đăng nhập và đổi mật khẩu ngay.`);
  console.log("Đăng nhập rồi vào trang Công đoàn cơ sở (/org) để tạo các CĐCS và mời chủ tịch của chúng.");
}

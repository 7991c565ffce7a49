// `npm run user:create`: sets up a real (non-demo) deployment with its first chairperson:
// the unit if there is none, a tổ, the chair's member record, the current term, the CHAIR
// position and the sign-in account. Every value can be a flag, so it runs unattended;
// in a terminal it asks for what is missing. See --help. `--upper` makes a cấp trên instead
// (scripts/lib/user-create-upper.ts).
import "dotenv/config";
import { parseArgs } from "node:util";
import * as clock from "../lib/clock";
import { formatDate, toSearchText, toSortName } from "../lib/format";
import { createPrisma } from "./lib/prisma";
import {
  createGroupRecord,
  createPositionRecord,
  createTermRecord,
  createUnitRecord,
  createUserRecord,
} from "./lib/records";
import {
  choosePassword,
  iso,
  OPTIONS,
  parseDay,
  parseGender,
  USAGE,
  UsageError,
  value,
  type Args,
} from "./lib/user-create-input";
import { runUpper } from "./lib/user-create-upper";
import type { PrismaClient } from "../lib/generated/prisma/client";

async function main() {
  let args;
  try {
    args = parseArgs({ options: OPTIONS, allowPositionals: false, strict: true }).values;
  } catch (err) {
    const option = /'([^']+)'/.exec((err as Error).message)?.[1] ?? "";
    throw new UsageError(`Tùy chọn không hợp lệ hoặc thiếu giá trị: ${option}\n\n${USAGE}`);
  }
  if (args.help) return console.log(USAGE);
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      "Chưa đặt DATABASE_URL: đặt biến này (hoặc ghi vào tệp .env) trỏ tới cơ sở dữ liệu PostgreSQL của hệ thống rồi chạy lại.",
    );
    process.exit(1);
  }
  const db = createPrisma(url);
  try {
    await run(db, args);
  } finally {
    await db.$disconnect();
  }
}

async function run(db: PrismaClient, args: Args) {
  if (args.upper) return runUpper(db, args);
  const today = iso(clock.today());
  const missing: string[] = [];
  // The CĐCS of a single-unit deployment; a cấp trên's units are made in the app.
  const existingUnit = await db.unit.findFirst({
    where: { kind: "GRASSROOTS" },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true },
  });
  const unitInput = existingUnit
    ? null
    : {
        name: await value(args["unit-name"], "Tên công đoàn cơ sở", "unit-name", missing),
        parentName: await value(args["parent-name"], "Tên công đoàn cấp trên", "parent-name", missing),
        placeName: await value(args["place-name"], "Địa danh (in trên văn bản)", "place-name", missing),
      };
  const fullName = await value(args.name, "Họ và tên chủ tịch", "name", missing);
  const genderText = await value(args.gender, "Giới tính (nam/nữ)", "gender", missing);
  const email = (await value(args.email, "Email đăng nhập", "email", missing)).toLowerCase();
  if (missing.length) throw new UsageError(`Thiếu thông tin: ${missing.join(", ")}.\n\n${USAGE}`);
  if (fullName.length < 2 || fullName.length > 100) throw new UsageError("Họ và tên cần từ 2 đến 100 ký tự.");
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new UsageError(`Email "${email}" không hợp lệ.`);
  const gender = parseGender(genderText);
  const joined = args.joined ? parseDay(args.joined) : null;

  if (await db.user.findUnique({ where: { email }, select: { id: true } }))
    throw new UsageError(`Email ${email} đã được dùng cho một tài khoản khác.`);
  const chair = existingUnit ? await currentChair(db, existingUnit.id, today) : null;
  if (chair && !args.admin) {
    throw new UsageError(
      `Đơn vị đã có chủ tịch: ${chair}. Hãy tạo tài khoản khác trong ứng dụng (Cài đặt → Tài khoản đăng nhập), hoặc thêm --admin để tạo tài khoản quản trị hệ thống.`,
    );
  }
  const { password, generated } = await choosePassword(args.password);

  // One transaction: a failure leaves nothing half-made. The record helpers only use model delegates.
  const out = await db.$transaction(
    async (txClient) => {
      const tx = txClient as unknown as PrismaClient;
      const unit = existingUnit ?? (await createUnitRecord(tx, unitInput!));
      const group =
        (await tx.group.findFirst({
          where: { unitId: unit.id, archivedAt: null },
          orderBy: { createdAt: "asc" },
          select: { id: true, name: true },
        })) ?? (await createGroupRecord(tx, unit.id, args["group-name"]?.trim() || "Tổ Văn phòng"));
      const startOn = joined ?? today;
      const member = await tx.member.create({
        data: {
          unitId: unit.id,
          groupId: group.id,
          fullName,
          searchName: toSearchText(fullName),
          sortName: toSortName(fullName),
          gender,
          email,
          joinedUnionOn: joined ? new Date(`${joined}T00:00:00.000Z`) : null,
        },
      });
      await tx.groupMembership.create({
        data: { memberId: member.id, groupId: group.id, startOn: new Date(`${startOn}T00:00:00.000Z`) },
      });
      // The admission is history only when its date is known; today's date would count as a new admission.
      if (joined)
        await tx.memberEvent.create({
          data: {
            memberId: member.id,
            type: "ADMITTED",
            effectiveOn: new Date(`${joined}T00:00:00.000Z`),
            toGroupId: group.id,
          },
        });
      let term = await tx.term.findFirst({
        where: { unitId: unit.id, startOn: { lte: new Date(today) }, endOn: { gte: new Date(today) } },
        orderBy: { startOn: "desc" },
      });
      const newTerm = !term;
      if (!term) {
        const end = new Date(`${today}T00:00:00.000Z`);
        end.setUTCFullYear(end.getUTCFullYear() + 5);
        end.setUTCDate(end.getUTCDate() - 1);
        term = await createTermRecord(
          tx,
          unit.id,
          args["term-name"]?.trim() || `Nhiệm kỳ ${today.slice(0, 4)}–${Number(today.slice(0, 4)) + 5}`,
          today,
          iso(end),
        );
      }
      if (!chair)
        await createPositionRecord(tx, {
          termId: term.id,
          memberId: member.id,
          office: "CHAIR",
          startOn: today,
        });
      const user = await createUserRecord(tx, {
        unitId: unit.id,
        email,
        password,
        memberId: member.id,
        isSystemAdmin: args.admin,
      });
      await tx.auditLog.create({
        data: {
          action: "account.create",
          entityType: "User",
          entityId: user.id,
          after: { email, memberId: member.id, isSystemAdmin: !!args.admin, via: "user:create" },
        },
      });
      return { unit, group, member, term, newTerm };
    },
    { timeout: 30_000 },
  );

  console.log("Đã tạo xong:");
  console.log(`  Đơn vị:         ${out.unit.name}${existingUnit ? " (đã có)" : " (mới)"}`);
  console.log(`  Tổ công đoàn:   ${out.group.name}`);
  console.log(
    `  Đoàn viên:      ${out.member.fullName} (${gender === "MALE" ? "nam" : "nữ"}${joined ? `, vào công đoàn ${formatDate(joined)}` : ""})`,
  );
  console.log(
    `  Nhiệm kỳ:       ${out.term.name}, ${formatDate(out.term.startOn)} – ${formatDate(out.term.endOn)}${out.newTerm ? " (mới)" : " (đã có)"}`,
  );
  console.log(
    chair
      ? `  Chức vụ:        không thêm (đơn vị đã có chủ tịch: ${chair})`
      : `  Chức vụ:        Chủ tịch, từ ${formatDate(today)}`,
  );
  console.log(`  Tài khoản:      ${email}${args.admin ? " (quản trị hệ thống)" : ""}`);
  if (generated) console.log(`  Mật khẩu tạm:   ${password}\nHãy đăng nhập và đổi mật khẩu ngay.`);
  if (existingUnit && (args["unit-name"] || args["parent-name"] || args["place-name"])) {
    console.log(
      "Đơn vị đã có nên bỏ qua --unit-name, --parent-name, --place-name; sửa thông tin đơn vị ở trang Cài đặt.",
    );
  }
  if (!joined) console.log("Nhớ bổ sung ngày vào công đoàn và các thông tin khác trong hồ sơ đoàn viên.");
}

async function currentChair(db: PrismaClient, unitId: string, today: string) {
  const on = new Date(`${today}T00:00:00.000Z`);
  const p = await db.position.findFirst({
    where: {
      office: "CHAIR",
      term: { unitId },
      startOn: { lte: on },
      OR: [{ endOn: null }, { endOn: { gte: on } }],
      member: { status: "ACTIVE" },
    },
    select: { member: { select: { fullName: true } } },
  });
  return p?.member.fullName ?? null;
}

main()
  .then(() => process.exit(0))
  .catch((err) => {
    console.error(err instanceof UsageError ? err.message : `Lỗi: ${(err as Error).message ?? err}`);
    process.exit(err instanceof UsageError ? 2 : 1);
  });

// `npm run user:create`: sets up a real (non-demo) deployment with its first chairperson:
// the unit if there is none, a tổ, the chair's member record, the current term, the CHAIR
// position and the sign-in account. Every value can be a flag, so it runs unattended;
// in a terminal it asks for what is missing. See --help.
import "dotenv/config";
import { parseArgs } from "node:util";
import * as clock from "../lib/clock";
import { formatDate, toSearchText, toSortName } from "../lib/format";
import { createPrisma } from "./lib/prisma";
import { ask, askHidden, isInteractive } from "./lib/prompt";
import {
  createGroupRecord,
  createPositionRecord,
  createTermRecord,
  createUnitRecord,
  createUserRecord,
} from "./lib/records";
import type { PrismaClient } from "../lib/generated/prisma/client";
import {
  generateTemporaryPassword,
  isAcceptablePassword,
  TEMP_PASSWORD_RULE,
} from "../lib/settings/accounts/temp-password";

const USAGE = `Cách dùng: npm run user:create -- [tùy chọn]

Tạo chủ tịch CĐCS đầu tiên (và đơn vị, nhiệm kỳ nếu chưa có) cho một hệ thống thật.
  --unit-name <tên>      Tên công đoàn cơ sở (khi chưa có đơn vị)
  --parent-name <tên>    Tên công đoàn cấp trên (khi chưa có đơn vị)
  --place-name <tên>     Địa danh in trên văn bản, ví dụ "Đà Nẵng" (khi chưa có đơn vị)
  --name <họ tên>        Họ và tên chủ tịch
  --gender <nam|nữ>      Giới tính
  --email <email>        Email đăng nhập
  --password <mật khẩu>  Ít nhất 8 ký tự, có chữ và số. Bỏ trống: hỏi (không hiện) hoặc tạo ngẫu nhiên
  --joined <dd/mm/yyyy>  Ngày vào công đoàn (không bắt buộc)
  --group-name <tên>     Tổ công đoàn của chủ tịch khi đơn vị chưa có tổ (mặc định "Tổ Văn phòng")
  --term-name <tên>      Tên nhiệm kỳ khi chưa có nhiệm kỳ hiện tại (mặc định: từ hôm nay, 5 năm)
  --admin                Cấp thêm quyền quản trị hệ thống
  --upper                Tạo công đoàn cấp trên (tên: --unit-name, cấp trên của nó: --parent-name) và
                         tài khoản chủ tịch của nó; các CĐCS trực thuộc được tạo trong ứng dụng (trang /org)
  --help                 Hiện hướng dẫn này`;

const OPTIONS = {
  "unit-name": { type: "string" },
  "parent-name": { type: "string" },
  "place-name": { type: "string" },
  name: { type: "string" },
  gender: { type: "string" },
  email: { type: "string" },
  password: { type: "string" },
  joined: { type: "string" },
  "group-name": { type: "string" },
  "term-name": { type: "string" },
  admin: { type: "boolean", default: false },
  upper: { type: "boolean", default: false },
  help: { type: "boolean", default: false },
} as const;

class UsageError extends Error {}

const iso = (d: Date) => d.toISOString().slice(0, 10);

function parseGender(v: string): "MALE" | "FEMALE" {
  const s = toSearchText(v);
  if (["nam", "male", "m"].includes(s)) return "MALE";
  if (["nu", "female", "f"].includes(s)) return "FEMALE";
  throw new UsageError(`Giới tính "${v}" không hợp lệ: dùng "nam" hoặc "nữ".`);
}

function parseDay(v: string): string {
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v.trim());
  const s = vn ? `${vn[3]}-${vn[2].padStart(2, "0")}-${vn[1].padStart(2, "0")}` : v.trim();
  const d = new Date(`${s}T00:00:00.000Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(d.getTime()) || iso(d) !== s)
    throw new UsageError(`Ngày "${v}" không hợp lệ (dd/mm/yyyy).`);
  if (s > iso(clock.today())) throw new UsageError("Ngày vào công đoàn không thể ở tương lai.");
  return s;
}

/** A flag's value, or the answer to a question in a terminal; missing ones are collected. */
async function value(
  given: string | undefined,
  question: string,
  flag: string,
  missing: string[],
  fallback = "",
): Promise<string> {
  if (given?.trim()) return given.trim();
  if (isInteractive()) {
    const answer = await ask(question, fallback);
    if (answer) return answer;
  } else if (fallback) return fallback;
  missing.push(`--${flag}`);
  return "";
}

async function choosePassword(given: string | undefined): Promise<{ password: string; generated: boolean }> {
  if (given !== undefined) {
    if (!isAcceptablePassword(given)) throw new UsageError(TEMP_PASSWORD_RULE);
    return { password: given, generated: false };
  }
  if (isInteractive()) {
    for (;;) {
      const first = await askHidden("Mật khẩu (để trống để tạo ngẫu nhiên)");
      if (!first) break;
      if (!isAcceptablePassword(first)) {
        console.log(TEMP_PASSWORD_RULE);
        continue;
      }
      if ((await askHidden("Nhập lại mật khẩu")) === first) return { password: first, generated: false };
      console.log("Hai lần nhập không khớp, vui lòng nhập lại.");
    }
  }
  return { password: generateTemporaryPassword(), generated: true };
}

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

type Args = {
  [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]["type"] extends "boolean" ? boolean : string;
};

/**
 * `--upper`: the first cấp trên of a deployment (decision 0083) and its chủ tịch's account,
 * which holds the office directly (a cấp trên keeps no member list here).
 */
async function runUpper(db: PrismaClient, args: Args) {
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

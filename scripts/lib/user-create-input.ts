// user:create's input: its usage text and flags, and reading a value from a flag or a terminal
// question (scripts/user-create.ts and its --upper path, scripts/lib/user-create-upper.ts).
import { ask, askHidden, isInteractive } from "./prompt";
import * as clock from "../../lib/clock";
import { toSearchText } from "../../lib/format";
import {
  generateTemporaryPassword,
  isAcceptablePassword,
  TEMP_PASSWORD_RULE,
} from "../../lib/settings/accounts/temp-password";

export const USAGE = `Cách dùng: npm run user:create -- [tùy chọn]

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

export const OPTIONS = {
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

export class UsageError extends Error {}

export const iso = (d: Date) => d.toISOString().slice(0, 10);

export function parseGender(v: string): "MALE" | "FEMALE" {
  const s = toSearchText(v);
  if (["nam", "male", "m"].includes(s)) return "MALE";
  if (["nu", "female", "f"].includes(s)) return "FEMALE";
  throw new UsageError(`Giới tính "${v}" không hợp lệ: dùng "nam" hoặc "nữ".`);
}

export function parseDay(v: string): string {
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v.trim());
  const s = vn ? `${vn[3]}-${vn[2].padStart(2, "0")}-${vn[1].padStart(2, "0")}` : v.trim();
  const d = new Date(`${s}T00:00:00.000Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(d.getTime()) || iso(d) !== s)
    throw new UsageError(`Ngày "${v}" không hợp lệ (dd/mm/yyyy).`);
  if (s > iso(clock.today())) throw new UsageError("Ngày vào công đoàn không thể ở tương lai.");
  return s;
}

/** A flag's value, or the answer to a question in a terminal; missing ones are collected. */
export async function value(
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

export async function choosePassword(
  given: string | undefined,
): Promise<{ password: string; generated: boolean }> {
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

export type Args = {
  [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]["type"] extends "boolean" ? boolean : string;
};

// The money bench's payroll case (bench/money.ts): a 60,000-row payroll deduction list through the
// real import path (bounded reader → checks → preview → read back → commit), with the peak RSS.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type pg from "pg";
import { halfPercentOf, payrollMembers, payrollPaidOn, writePayrollFile } from "./lib/payroll-file";
import type { benchChair } from "./lib/standalone";

const PORT = Number(process.env.BENCH_MONEY_PORT ?? 54570);
const IMPORT_ROWS = 60_000;
const secs = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;

type Chair = Awaited<ReturnType<typeof benchChair>>;

/**
 * A payroll list of 60,000 rows for DUES_IMPORT_MONTH (then the month after), through the real
 * path; first with each member's real 0,5 % (about 2,4 tỷ đồng in all), then, if that is refused,
 * with smaller amounts (total under 2,1 tỷ) to time the whole path.
 */
export async function importCase(pool: pg.Pool, unitId: string, chair: Chair, lastOnly = false) {
  const members = await payrollMembers(pool, unitId);
  const real = (i: number) => halfPercentOf(members[i % members.length].salary);
  const small = (i: number) => 20_000 + (i % 16) * 1_000;
  for (const [label, amountOf, longer] of [
    ["0,5 % lương BHXH", real, false],
    ["số tiền nhỏ (tổng < 2,1 tỷ)", small, false],
    ["số tiền nhỏ, giao dịch xem trước được 120 s", small, true],
  ] as const) {
    if (lastOnly && !longer) continue;
    try {
      if (longer) await lengthenTransactions();
      await runImport(unitId, chair, members, label, amountOf);
      return;
    } catch (err) {
      console.log(
        `Nhập trích lương (${label}): LỖI ${(err as Error).message.split("\n").slice(-3).join(" ")}`,
      );
    }
  }
}

/** What the import would need (not in lib/): interactive transactions that may run 120 s, not 5 s. */
async function lengthenTransactions() {
  const { db } = await import("../lib/db");
  await db.$queryRaw`SELECT 1`; // lib/db creates its client on first use, in globalThis.prisma
  type Client = { $transaction: (fn: unknown, opts?: object) => Promise<unknown> };
  const holder = globalThis as unknown as { prisma: Client };
  const real = holder.prisma;
  holder.prisma = new Proxy(real, {
    get(target, prop) {
      if (prop === "$transaction")
        return (fn: unknown, opts?: object) =>
          target.$transaction(
            fn,
            typeof fn === "function" ? { timeout: 120_000, maxWait: 10_000, ...opts } : opts,
          );
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

async function runImport(
  unitId: string,
  chair: Chair,
  members: { card: string; name: string }[],
  label: string,
  amountOf: (i: number) => number,
) {
  const { uploadDuesImport } = await import("../lib/finance/dues/import/upload-dues-import");
  const { getDuesImport } = await import("../lib/finance/dues/import/get-dues-import");
  const { commitDuesImport } = await import("../lib/finance/dues/commit-dues-import");
  const file = `/tmp/scd-bench-money-${PORT}-payroll.xlsx`;
  let t = performance.now();
  const { sum } = await writePayrollFile(file, members, IMPORT_ROWS, amountOf);
  console.log(
    `Tệp trích lương ${IMPORT_ROWS} dòng, ${label}, tổng ${sum.toLocaleString("vi-VN")} đ (${members.length} đoàn viên có số thẻ), ${secs(t)}`,
  );
  const buffer = readFileSync(file);
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const total = performance.now();
  try {
    t = performance.now();
    const preview = await uploadDuesImport(chair, `trich-luong-${label}.xlsx`, buffer, payrollPaidOn());
    const tUpload = secs(t);
    t = performance.now();
    const shown = await getDuesImport(chair, preview.id);
    const tPreview = secs(t);
    t = performance.now();
    const done = await commitDuesImport(chair, { importId: preview.id });
    const tCommit = secs(t);
    console.log(
      `Nhập trích lương ${IMPORT_ROWS} dòng (${label}): đọc + kiểm tra + lưu bản xem trước ${tUpload}, đọc lại bản xem trước ${tPreview} (${shown ? "có" : "không"}), ghi sổ ${tCommit}; tổng ${secs(total)} (mục tiêu ≤ 30 s); dòng lỗi ${preview.errorCount}; ghi ${done.rows} khoản, ${done.total.toLocaleString("vi-VN")} đ; RSS đỉnh của tiến trình ${Math.round(peak / 1e6)} MB.`,
    );
  } finally {
    clearInterval(timer);
  }
}

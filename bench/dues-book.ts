// Self-contained benchmark of the yearly sổ theo dõi thu đoàn phí: `npx tsx bench/dues-book.ts`.
// Its own embedded PostgreSQL (port 54580, data in /tmp/scd-bench-dues-book), the 60,000-member unit
// of bench/lib/base-members.ts, and for 2026 a year of dues in SQL here: each member pays ~11 of 12
// months (a reversal now and then), a few hundred miễn, dated raises on 01/7 for one member in ten.
// Then times, 3 runs after 3 warm-ups: the sổ's data (getDuesBook), the whole PDF (target ≤ 5 s), the
// Excel, and a tổ's sổ for its tổ trưởng. Prints peak RSS too.
// With BENCH_MONEY_DIR (and BENCH_MONEY_DB, BENCH_MONEY_PORT) it opens a copy of bench/money.ts's seeded
// data instead (ten years of đoàn phí, 01/2017–11/2026, an enterprise with the cap); `--once` times one call of each
// case (for code that takes minutes), and the PDF and the Excel alone from data already read, with
// the CPU time of each (on a shared machine the wall time says more about the neighbours).
import { performance } from "node:perf_hooks";
import { measure, openBenchUnit, rerunUnderReactServer } from "./lib/standalone";

rerunUnderReactServer();

const RUNS = 3;

async function seedDues(pool: import("pg").Pool, unitId: string) {
  // The settings of a unit outside the state budget: 0,5 %, the CĐCS keeps 70 %.
  await pool.query(
    `INSERT INTO "Setting"(id, "unitId", key, value, "effectiveFrom", "updatedAt") VALUES
       ('bs-rate', $1, 'dues.rate.percent', '0.5', DATE '2025-07-01', now()),
       ('bs-fund', $1, 'dues.unit.funding', '"other"', DATE '2020-01-01', now())`,
    [unitId],
  );
  await pool.query(
    `UPDATE "Member" SET "insuranceSalary" = COALESCE("insuranceSalary", 4000000 + (hashtext(id) & 7) * 500000)
     WHERE "unitId" = $1`,
    [unitId],
  );
  // One member in ten: a raise from 01/7/2026 (and its starting row).
  await pool.query(
    `INSERT INTO "MemberSalary"(id, "memberId", "effectiveFrom", "bhxhSalary", "updatedAt")
     SELECT 'bsa' || id, id, DATE '1900-01-01', "insuranceSalary", now() FROM "Member"
      WHERE "unitId" = $1 AND hashtext(id) % 10 = 0
     UNION ALL
     SELECT 'bsb' || id, id, DATE '2026-07-01', "insuranceSalary" + 600000, now() FROM "Member"
      WHERE "unitId" = $1 AND hashtext(id) % 10 = 0`,
    [unitId],
  );
  await pool.query(
    `INSERT INTO "DuesExemption"(id, "unitId", "memberId", "fromMonth", "toMonth", reason, "updatedAt")
     SELECT 'bx' || id, $1, id, DATE '2026-03-01', DATE '2026-05-01', 'BHXH_BENEFIT', now() FROM "Member"
      WHERE "unitId" = $1 AND hashtext(id) % 200 = 1`,
    [unitId],
  );
  await pool.query(
    `INSERT INTO "DuesPayment"(id, "unitId", "memberId", month, amount, method, "paidOn", "groupId", "updatedAt")
     SELECT 'bp' || m.id || to_char(mo, 'YYYYMM'), $1, m.id, mo::date,
            (m."insuranceSalary"::bigint * 50 + 5000) / 10000, 'PAYROLL', (mo + INTERVAL '24 days')::date, m."groupId", now()
       FROM "Member" m CROSS JOIN generate_series(DATE '2026-01-01', DATE '2026-12-01', INTERVAL '1 month') mo
      WHERE m."unitId" = $1 AND m.status IN ('ACTIVE', 'SUSPENDED') AND (hashtext(m.id || mo::text) & 15) <> 0`,
    [unitId],
  );
  await pool.query(
    `INSERT INTO "DuesRemittance"(id, "unitId", "fromMonth", "toMonth", amount, "paidOn", account, "voucherNo", "updatedAt")
     VALUES ('br1', $1, DATE '2026-01-01', DATE '2026-06-01', 500000000, DATE '2026-07-15', 'BANK', 'UNC-06', now())`,
    [unitId],
  );
}

/** A copy of bench/money.ts's data directory, started as it is (no seeding). */
async function openMoneyCopy(dataDir: string) {
  const { startEmbeddedDb } = await import("../scripts/lib/embedded-db");
  const pg = await import("pg");
  const port = Number(process.env.BENCH_MONEY_PORT ?? 54935);
  const db = await startEmbeddedDb({
    dataDir,
    database: process.env.BENCH_MONEY_DB ?? `bench_money-${port}`,
    port,
    durable: false,
  });
  const pool = new pg.default.Pool({ connectionString: db.url, max: 2 });
  const close = async () => {
    const { db: prisma } = await import("../lib/db");
    await prisma.$disconnect();
    await pool.end();
    await db.stop();
  };
  return { db, pool, unitId: "bench-unit", close };
}

async function once(label: string, fn: () => Promise<unknown>) {
  const t = performance.now();
  const cpu = process.cpuUsage();
  await fn();
  const c = process.cpuUsage(cpu);
  console.log(
    `${label.padEnd(52)} ${Math.round(performance.now() - t)} ms (CPU ${Math.round((c.user + c.system) / 1000)} ms), RSS tối đa đến nay ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
}

async function main() {
  const t0 = performance.now();
  const copy = process.env.BENCH_MONEY_DIR;
  const { db, pool, unitId, close } = copy
    ? await openMoneyCopy(copy)
    : await openBenchUnit("dues-book", Number(process.env.BENCH_DUES_BOOK_PORT ?? 54580));
  try {
    if (!copy) {
      await seedDues(pool, unitId);
      await pool.query("ANALYZE");
    }
    const n = (await pool.query(`SELECT count(*)::int AS n FROM "DuesPayment"`)).rows[0].n;
    console.log(
      `Dữ liệu: ${n} khoản nộp năm 2026, tạo trong ${((performance.now() - t0) / 1000).toFixed(1)} s.`,
    );
    process.env.DATABASE_URL = db.url;
    const { getDuesBook } = await import("../lib/finance/dues/book");
    const { bookPaper } = await import("../lib/finance/dues/book-paper");
    const { buildDuesBookWorkbook } = await import("../lib/finance/dues/book-xlsx");
    const { renderReportsPdf } = await import("../lib/document/pdf/writer");
    const unit = { name: "Công đoàn Bench", parentName: "Công đoàn cấp trên", placeName: "Hà Nội" };
    if (process.argv.includes("--once")) {
      const book = (await getDuesBook(unitId, 2026, null))!;
      // The file alone, from the data in memory: what the drawing (and the workbook) costs.
      await once("Sổ 2026, PDF cả đơn vị, chỉ vẽ tệp", () =>
        renderReportsPdf([bookPaper(book, unit, "Bench")]),
      );
      await once("Sổ 2026, Excel cả đơn vị, chỉ tạo tệp", () => buildDuesBookWorkbook(book, unit));
      await once("Sổ 2026, dữ liệu (getDuesBook)", () => getDuesBook(unitId, 2026, null));
      await once("Sổ 2026, PDF cả đơn vị (dữ liệu + tệp)", async () =>
        renderReportsPdf([bookPaper((await getDuesBook(unitId, 2026, null))!, unit, "Bench")]),
      );
      await once("Sổ 2026, Excel cả đơn vị (dữ liệu + tệp)", async () =>
        buildDuesBookWorkbook((await getDuesBook(unitId, 2026, null))!, unit),
      );
      return;
    }
    const book = (await getDuesBook(unitId, 2026, null))!;
    const pdf = await renderReportsPdf([bookPaper(book, unit, "Bench")]);
    console.log(
      `Sổ 2026: ${book.memberCount} đoàn viên, ${book.groups.length} tổ; phải thu ${book.owed.toLocaleString("vi-VN")} đ, ` +
        `đã thu ${book.paid.toLocaleString("vi-VN")} đ; PDF ${(pdf.length / 1e6).toFixed(1)} MB.`,
    );
    await measure("Sổ thu đoàn phí 2026, dữ liệu (getDuesBook)", 2000, RUNS, () =>
      getDuesBook(unitId, 2026, null),
    );
    await measure("Sổ thu đoàn phí 2026, PDF cả đơn vị", 5000, RUNS, async () =>
      renderReportsPdf([bookPaper((await getDuesBook(unitId, 2026, null))!, unit, "Bench")]),
    );
    await measure("Sổ thu đoàn phí 2026, Excel cả đơn vị", 10000, RUNS, async () =>
      buildDuesBookWorkbook((await getDuesBook(unitId, 2026, null))!, unit),
    );
    await measure("Sổ thu đoàn phí 2026 của một tổ (240 người), PDF", 1000, RUNS, async () =>
      renderReportsPdf([bookPaper((await getDuesBook(unitId, 2026, "bg0000"))!, unit, "Bench")]),
    );
    console.log(`RSS tối đa: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB.`);
  } finally {
    await close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

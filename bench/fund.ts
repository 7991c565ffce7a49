// Self-contained fund benchmark: `npx tsx bench/fund.ts`. Its own embedded PostgreSQL (port 54560,
// data in /tmp/scd-bench-fund), 60,000 members and ten years of phiếu thu / chi (bench/seed/fund.ts),
// then times the data functions behind the yearly report, the cash book of a year and the first page
// of the phiếu list (30 runs each after 3 warm-up runs): p50 / p95 against 150 ms.
import { performance } from "node:perf_hooks";
import { memberId } from "./lib/base-members";
import { measure, openBenchUnit, rerunUnderReactServer } from "./lib/standalone";
import { FUND_BENCH_PER_YEAR, FUND_BENCH_YEARS, seedFundBench } from "./seed/fund";

rerunUnderReactServer();

const RUNS = 30;
const TARGET_MS = 150;

async function main() {
  const t0 = performance.now();
  const { db, pool, unitId, close } = await openBenchUnit("fund", 54560);
  try {
    await seedFundBench(pool, {
      unitId,
      termId: "",
      groupIds: [],
      users: { chair: "", leader: "", member: "" },
      memberIdOf: { chair: memberId(0), leader: memberId(1), member: memberId(2) },
    });
    await pool.query("ANALYZE");
    const n = (await pool.query(`SELECT count(*)::int AS n FROM "FundEntry"`)).rows[0].n;
    console.log(
      `Dữ liệu: ${n} phiếu (${FUND_BENCH_YEARS} năm × ${FUND_BENCH_PER_YEAR} + điều chỉnh), tạo trong ${((performance.now() - t0) / 1000).toFixed(1)} s.`,
    );
    process.env.DATABASE_URL = db.url;
    const { getFundReport } = await import("../lib/finance/fund/report");
    const { getBook } = await import("../lib/finance/fund/books");
    const { listEntries } = await import("../lib/finance/fund/queries");
    const from = new Date(Date.UTC(2026, 0, 1));
    const to = new Date(Date.UTC(2027, 0, 1));
    const book = await getBook(unitId, "CASH", from, to);
    console.log(
      `Sổ quỹ tiền mặt 2026: ${book.rows.length} dòng, tồn cuối ${book.closing.toLocaleString("vi-VN")} đ.`,
    );
    await measure("Báo cáo thu chi năm 2026 (getFundReport)", TARGET_MS, RUNS, () =>
      getFundReport(unitId, 2026, null),
    );
    await measure("Báo cáo quý IV/2026 (getFundReport)", TARGET_MS, RUNS, () =>
      getFundReport(unitId, 2026, 4),
    );
    await measure("Sổ quỹ tiền mặt năm 2026 (getBook, dữ liệu)", 1000, RUNS, () =>
      getBook(unitId, "CASH", from, to),
    );
    await measure("Danh sách phiếu trang 1 (listEntries)", TARGET_MS, RUNS, () =>
      listEntries(unitId, 2026, { page: 1 }),
    );
    await measure("Danh sách phiếu chi trang 40 (listEntries)", TARGET_MS, RUNS, () =>
      listEntries(unitId, 2026, { direction: "OUT", page: 40 }),
    );
  } finally {
    await close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

// Self-contained welfare benchmark: `npx tsx bench/welfare.ts`. Starts its own embedded PostgreSQL
// (port 54622, data in /tmp/scd-bench-welfare), migrates, generates 60,000 members and 100,000 visits
// with set-based SQL, then times the server-side data functions behind the year summary and the
// first page of the visit list (30 runs each, after 3 warm-up runs) and prints p50 / p95.
import { performance } from "node:perf_hooks";
import { memberId } from "./lib/base-members";
import { benchChair, measure, openBenchUnit, rerunUnderReactServer } from "./lib/standalone";
import { seedWelfareBench, WELFARE_BENCH_VISITS } from "./seed/welfare";

rerunUnderReactServer();

const RUNS = 30;
const TARGET_MS = 150;

async function main() {
  const t0 = performance.now();
  const { db, pool, unitId, close } = await openBenchUnit("welfare", 54622);
  try {
    const ids = {
      unitId,
      termId: "",
      groupIds: [],
      users: { chair: "", leader: "", member: "" },
      memberIdOf: { chair: memberId(0), leader: memberId(1), member: memberId(2) },
    };
    await seedWelfareBench(pool, ids);
    await pool.query("ANALYZE");
    const counts = (
      await pool.query(
        `SELECT (SELECT count(*) FROM "Member")::int AS members, (SELECT count(*) FROM "WelfareVisit")::int AS visits`,
      )
    ).rows[0];
    console.log(
      `Dữ liệu: ${counts.members} đoàn viên, ${counts.visits} lượt thăm hỏi (yêu cầu ${WELFARE_BENCH_VISITS}), tạo trong ${((performance.now() - t0) / 1000).toFixed(1)} s.`,
    );

    process.env.DATABASE_URL = db.url;
    const { getYearSummary } = await import("../lib/welfare/summary");
    const { findVisits } = await import("../lib/welfare/queries");
    const actor = await benchChair(unitId, "bench");
    const list = { year: 2026, category: "", group: "", state: "" as const, q: "", page: 1 };
    const summary = await getYearSummary(actor, 2026);
    console.log(`Năm 2026: ${summary.count} lượt, tổng ${summary.total.toLocaleString("vi-VN")} đ.`);
    const _measured = [
      await measure("Tổng hợp năm 2026 (getYearSummary)", TARGET_MS, RUNS, () => getYearSummary(actor, 2026)),
      await measure("Danh sách thăm hỏi trang 1 (findVisits)", TARGET_MS, RUNS, () =>
        findVisits(actor, list),
      ),
      await measure("Danh sách, tìm “nguyen” (findVisits)", TARGET_MS, RUNS, () =>
        findVisits(actor, { ...list, q: "nguyen" }),
      ),
      await measure("Danh sách, lọc tổ (findVisits)", TARGET_MS, RUNS, () =>
        findVisits(actor, { ...list, group: "bg0000" }),
      ),
    ];
  } finally {
    await close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

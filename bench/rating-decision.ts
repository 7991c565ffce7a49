// The BCH decision screen at scale: `npx tsx bench/rating-decision.ts`. Runs against the shared
// bench database (.data/bench on port 54630, seeded by `npm run bench:seed` with the rating rows of
// bench/seed/rating.ts); uses the running one when the port answers, else starts it. Times, 30 runs
// after 3 warm-ups, the queries behind the first page of /rating (the page of 50 with the
// self-assessment join, and the quota meter: CĐCS counts, the tổ on the page, the totals), also
// filtered by one tổ and by a name search, and prints p50 / p95 against the 200 ms target.
import pg from "pg";
import { BENCH_DB_NAME, BENCH_DB_PORT, openBenchDb } from "./lib/bench-db";
import { measure, rerunUnderReactServer } from "./lib/standalone";

rerunUnderReactServer();

const RUNS = 30;

async function benchUrl(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, stop: async () => {} };
  const url = `postgres://postgres:postgres@127.0.0.1:${BENCH_DB_PORT}/${BENCH_DB_NAME}`;
  const probe = new pg.Client({ connectionString: url });
  try {
    await probe.connect();
    await probe.end();
    return { url, stop: async () => {} };
  } catch {
    return openBenchDb();
  }
}

async function main() {
  const bench = await benchUrl();
  process.env.DATABASE_URL = bench.url;
  const { db } = await import("../lib/db");
  try {
    const year = Number(process.env.BENCH_YEAR ?? 2026);
    const unit = await db.ratingYear.findFirst({
      where: { year },
      orderBy: { createdAt: "asc" },
      select: { unitId: true },
    });
    if (!unit)
      throw new Error(`Chưa có dữ liệu xếp loại năm ${year} trong CSDL benchmark (bench/seed/rating.ts).`);
    const { findRatingYear } = await import("../lib/rating/year");
    const { listDecisionRows, listRatingGroups } = await import("../lib/rating/decision/queries");
    const { loadMeter } = await import("../lib/rating/decision/meter");
    const r = (await findRatingYear(unit.unitId, year))!;
    const [{ n, groups }] = await db.$queryRaw<
      { n: number; groups: number }[]
    >`SELECT count(*)::int AS n, count(DISTINCT "groupId")::int AS groups FROM "MemberRating" WHERE "ratingYearId" = ${r.id}`;
    console.log(`Năm ${year}: ${n.toLocaleString("vi-VN")} đoàn viên trong ${groups} tổ (${r.status}).`);
    const first = await listDecisionRows(r, { page: 1 });
    const onPage = [
      ...new Map(first.rows.map((x) => [x.groupId, { id: x.groupId, name: x.groupName }])).values(),
    ];
    const oneGroup = onPage[0];
    const name = first.rows[0]?.fullName.split(" ").pop() ?? "an";
    const ok = [
      await measure("Trang đầu (50 dòng, kèm tự đánh giá)", 200, RUNS, () =>
        listDecisionRows(r, { page: 1 }),
      ),
      await measure("Thước đo tỉ lệ (CĐCS + tổ trên trang + tổng)", 200, RUNS, () => loadMeter(r, onPage)),
      await measure("Trang đầu + thước đo + danh sách tổ (cả màn)", 200, RUNS, async () => {
        const [page, g] = await Promise.all([listDecisionRows(r, { page: 1 }), listRatingGroups(r)]);
        await loadMeter(r, [
          ...new Map(page.rows.map((x) => [x.groupId, { id: x.groupId, name: x.groupName }])).values(),
        ]);
        return g;
      }),
      await measure(`Lọc một tổ (${oneGroup.name}) + thước đo`, 200, RUNS, async () => {
        await listDecisionRows(r, { page: 1, groupId: oneGroup.id });
        await loadMeter(r, [oneGroup], oneGroup.id);
      }),
      await measure(`Tìm theo tên ("${name}")`, 200, RUNS, () => listDecisionRows(r, { page: 1, q: name })),
      await measure("Trang 600 (OFFSET 29.950)", 200, RUNS, () => listDecisionRows(r, { page: 600 })),
      await measure("Lọc “chưa quyết định”", 200, RUNS, () =>
        listDecisionRows(r, { page: 1, status: "undecided" }),
      ),
    ];
    console.log(ok.every(Boolean) ? "Mọi truy vấn đạt mục tiêu." : "Có truy vấn vượt mục tiêu.");
  } finally {
    await db.$disconnect();
    await bench.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

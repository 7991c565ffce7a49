// Self-contained benchmark of the báo cáo thống kê, biến động đoàn viên: `npx tsx bench/membership-statistics.ts`.
// Starts its own embedded PostgreSQL (port 54627, data in /tmp/scd-bench-membership), migrates,
// writes the 60,000 members in 1,000 tổ with their tổ memberships and admission events, then
// 6,000 movements in 2026 set-based (3,000 chuyển tổ, 1,200 chuyển đi, 600 chuyển đến, 600 thôi
// sinh hoạt, 400 nghỉ hưu, 200 kết nạp), and times the report's query (getStatisticsReport) for a
// half-year and a whole year and the Excel and PDF built from it.
// Target (issue 17): the report's data in under 1 s (p95) and its PDF in under 3 s at 60,000 members.
import { performance } from "node:perf_hooks";
import { benchChair, measure, openBenchUnit, rerunUnderReactServer } from "./lib/standalone";

rerunUnderReactServer();

const RUNS = 15;
const QUERY_TARGET_MS = 1_000;
const FILE_TARGET_MS = 3_000;

async function seedMovements(pool: import("pg").Pool, unitId: string) {
  await pool.query(
    `INSERT INTO "GroupMembership"(id, "memberId", "groupId", "startOn", "updatedAt")
     SELECT 'gm' || id, id, "groupId", coalesce("joinedUnionOn", '2016-01-04'), now() FROM "Member" WHERE "unitId" = $1`,
    [unitId],
  );
  await pool.query(
    `INSERT INTO "MemberEvent"(id, "memberId", type, "effectiveOn", "toGroupId", "updatedAt")
     SELECT 'ea' || id, id, 'ADMITTED', coalesce("joinedUnionOn", '2016-01-04'), "groupId", now() FROM "Member" WHERE "unitId" = $1`,
    [unitId],
  );
  // Movements on distinct members: ranks 0–2999 change tổ, then transfers out, leaving, retiring.
  const moves: [string, number, number, string][] = [
    ["GROUP_CHANGED", 0, 3000, "2026-02-"],
    ["TRANSFERRED_OUT", 3000, 1200, "2026-04-"],
    ["LEFT", 4200, 600, "2026-08-"],
    ["RETIRED", 4800, 400, "2026-10-"],
  ];
  for (const [type, from, count, month] of moves) {
    await pool.query(
      `WITH pick AS (
         SELECT m.id, m."groupId", (SELECT g.id FROM "Group" g WHERE g."unitId" = $1 AND g.id <> m."groupId" ORDER BY g.id LIMIT 1) AS other,
           ($5 || lpad((1 + (row_number() OVER (ORDER BY m.id)) % 27)::text, 2, '0'))::date AS on_day
         FROM "Member" m WHERE m."unitId" = $1 ORDER BY m.id OFFSET $3 LIMIT $4
       ), ended AS (
         UPDATE "GroupMembership" gm SET "endOn" = p.on_day FROM pick p WHERE gm."memberId" = p.id AND gm."endOn" IS NULL RETURNING gm."memberId"
       ), started AS (
         INSERT INTO "GroupMembership"(id, "memberId", "groupId", "startOn", "updatedAt")
         SELECT 'gn' || p.id, p.id, p.other, p.on_day, now() FROM pick p WHERE $2 = 'GROUP_CHANGED'
       )
       INSERT INTO "MemberEvent"(id, "memberId", type, "effectiveOn", "fromGroupId", "toGroupId", "updatedAt")
       SELECT 'ev' || $2 || p.id, p.id, $2::"MemberEventType", p.on_day, p."groupId", CASE WHEN $2 = 'GROUP_CHANGED' THEN p.other END, now() FROM pick p`,
      [unitId, type, from, count, month],
    );
  }
  // 600 of those who moved out come back in another tổ; 200 newcomers are admitted.
  await pool.query(
    `WITH pick AS (SELECT m.id, m."groupId" FROM "Member" m WHERE m."unitId" = $1 ORDER BY m.id OFFSET 3000 LIMIT 600)
     , started AS (INSERT INTO "GroupMembership"(id, "memberId", "groupId", "startOn", "updatedAt") SELECT 'gi' || id, id, "groupId", '2026-06-15', now() FROM pick)
     INSERT INTO "MemberEvent"(id, "memberId", type, "effectiveOn", "toGroupId", "updatedAt") SELECT 'ei' || id, id, 'TRANSFERRED_IN', '2026-06-15', "groupId", now() FROM pick`,
    [unitId],
  );
  await pool.query(
    `UPDATE "GroupMembership" SET "startOn" = '2026-03-20' WHERE "memberId" IN (SELECT id FROM "Member" WHERE "unitId" = $1 ORDER BY id DESC LIMIT 200) AND id LIKE 'gm%'`,
    [unitId],
  );
  await pool.query(
    `UPDATE "MemberEvent" SET "effectiveOn" = '2026-03-20' WHERE type = 'ADMITTED' AND "memberId" IN (SELECT id FROM "Member" WHERE "unitId" = $1 ORDER BY id DESC LIMIT 200)`,
    [unitId],
  );
  await pool.query("ANALYZE");
}

async function main() {
  const t0 = performance.now();
  const { db, pool, unitId, close } = await openBenchUnit("membership", 54627);
  process.env.DATABASE_URL = db.url;
  try {
    await seedMovements(pool, unitId);
    const counts = (
      await pool.query(
        `SELECT (SELECT count(*) FROM "Member")::int AS members, (SELECT count(*) FROM "MemberEvent")::int AS events, (SELECT count(*) FROM "GroupMembership")::int AS memberships`,
      )
    ).rows[0];
    console.log(`Dữ liệu: ${JSON.stringify(counts)} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    const { getStatisticsReport } = await import("../lib/members/statistics/query");
    const { halfYear, wholeYear } = await import("../lib/members/statistics/period");
    const { statisticsDoc } = await import("../lib/members/statistics/doc");
    const { buildStatisticsWorkbook } = await import("../lib/members/statistics/xlsx");
    const { renderReportsPdf } = await import("../lib/document/pdf/writer");
    const actor = await benchChair(unitId);
    const year = await getStatisticsReport(actor as never, wholeYear(2026));
    const t = year.total;
    console.log(
      `Năm 2026: đầu kỳ ${t.opening}, kết nạp ${t.admitted}, chuyển đến ${t.transferredIn}, chuyển tổ ${t.groupIn}/${t.groupOut}, chuyển đi ${t.transferredOut}, ra khỏi TC ${t.exited}, cuối kỳ ${t.closing}; ${year.groups.length} tổ`,
    );
    const balanced = t.opening + t.admitted + t.transferredIn - t.transferredOut - t.exited === t.closing;
    console.log(`Cân đối đầu kỳ + vào − ra = cuối kỳ: ${balanced ? "đúng" : "SAI"}`);
    const ok = [
      await measure("Số liệu 6 tháng đầu năm (getStatisticsReport)", QUERY_TARGET_MS, RUNS, () =>
        getStatisticsReport(actor as never, halfYear(2026, 1)),
      ),
      await measure("Số liệu cả năm (getStatisticsReport)", QUERY_TARGET_MS, RUNS, () =>
        getStatisticsReport(actor as never, wholeYear(2026)),
      ),
      await measure("Excel cả năm (số liệu + tệp)", FILE_TARGET_MS, 5, async () =>
        buildStatisticsWorkbook(await getStatisticsReport(actor as never, wholeYear(2026))),
      ),
      await measure("PDF cả năm (số liệu + 1.000 dòng tổ)", FILE_TARGET_MS, 5, async () =>
        renderReportsPdf([statisticsDoc(await getStatisticsReport(actor as never, wholeYear(2026)))]),
      ),
    ];
    if (!balanced || ok.includes(false)) process.exitCode = 1;
  } finally {
    await close();
  }
}

void main();

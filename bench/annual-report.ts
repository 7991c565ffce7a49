// Self-contained benchmark of the báo cáo tổng kết: `npx tsx bench/annual-report.ts`.
// Starts its own embedded PostgreSQL (port 54941, data in /tmp/scd-bench-annual), migrates, writes
// the 60,000 members in 1,000 tổ with their tổ memberships and admission events, then a year of
// records set-based: 2,000 tổ meetings with 30 invitees each and 3 decisions, 3,000 opinions,
// 6,000 welfare visits, 4,000 fund entries; and times the whole report as the chủ tịch downloads it
// (every figure computed, then the DOCX), and its PDF.
// Target (issue 17): the DOCX assembled in ≤ 3 s at 60,000 members.
import Module, { createRequire } from "node:module";
import { dirname } from "node:path";
import { performance } from "node:perf_hooks";
import { benchChair, measure, openBenchUnit, rerunUnderReactServer } from "./lib/standalone";

rerunUnderReactServer();

/**
 * lib/auth/current-user.ts imports next/navigation (requirePage's redirect), which cannot load outside
 * Next under the react-server condition; the figures never redirect, so a stub stands in for it.
 */
function stubNextNavigation() {
  const require = createRequire(import.meta.url);
  const path = require.resolve("next/navigation");
  const fail = () => {
    throw new Error("next/navigation is not available in a benchmark");
  };
  const M = Module as unknown as {
    new (id: string): NodeJS.Module;
    _nodeModulePaths: (d: string) => string[];
  };
  const stub = new M(path);
  Object.assign(stub, {
    filename: path,
    loaded: true,
    paths: M._nodeModulePaths(dirname(path)),
    exports: { redirect: fail, notFound: fail, forbidden: fail },
  });
  require.cache[path] = stub;
}

const RUNS = 3;
const TARGET_MS = 3_000;

async function seedYear(pool: import("pg").Pool, unitId: string) {
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
  // Two tổ meetings per tổ in the year, each inviting 30 of its members (a third absent), 3 decisions.
  await pool.query(
    `INSERT INTO "Meeting"(id, "unitId", "groupId", type, year, number, title, "startsAt", place, status, "updatedAt")
     SELECT 'mt' || g.id || k, $1, g.id, 'GROUP', 2026, row_number() OVER (), 'Sinh hoạt tổ', ('2026-0' || (3 * k) || '-10 02:00')::timestamp, 'Phòng họp', 'MINUTES_SIGNED', now()
     FROM "Group" g CROSS JOIN generate_series(1, 2) k WHERE g."unitId" = $1`,
    [unitId],
  );
  await pool.query(
    `INSERT INTO "MeetingInvitee"(id, "meetingId", "memberId", attendance, "updatedAt")
     SELECT 'iv' || mt.id || m.id, mt.id, m.id, CASE WHEN m.rn % 3 = 0 THEN 'ABSENT' ELSE 'PRESENT' END::"Attendance", now()
     FROM "Meeting" mt JOIN LATERAL (
       SELECT id, row_number() OVER (ORDER BY id) AS rn FROM "Member" WHERE "groupId" = mt."groupId" LIMIT 30
     ) m ON true WHERE mt."unitId" = $1`,
    [unitId],
  );
  await pool.query(
    `INSERT INTO "MeetingDecision"(id, "meetingId", content, "dueOn", "isDone", "updatedAt")
     SELECT 'md' || mt.id || k, mt.id, 'Giao việc', '2026-11-30', k = 1, now()
     FROM "Meeting" mt CROSS JOIN generate_series(1, 3) k WHERE mt."unitId" = $1`,
    [unitId],
  );
  await pool.query(
    `INSERT INTO "Opinion"(id, "unitId", topic, body, status, "createdAt", "updatedAt")
     SELECT 'op' || k, $1, 'Ý kiến', 'Nội dung', (ARRAY['NEW','IN_PROGRESS','ANSWERED'])[1 + k % 3]::"OpinionStatus", '2026-01-01'::timestamp + k * interval '1 hour', now()
     FROM generate_series(1, 3000) k`,
    [unitId],
  );
  await pool.query(
    `INSERT INTO "WelfareCategory"(id, "unitId", name, "updatedAt")
     SELECT 'wc' || k, $1, 'Thăm hỏi loại ' || k, now() FROM generate_series(1, 8) k`,
    [unitId],
  );
  await pool.query(
    `INSERT INTO "WelfareVisit"(id, "unitId", "memberId", "categoryId", "eventOn", amount, state, "updatedAt")
     SELECT 'wv' || m.id, $1, m.id, 'wc' || (1 + rn % 8), '2026-01-01'::date + (rn % 360)::int, 500000, 'DONE', now()
     FROM (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM "Member" WHERE "unitId" = $1 LIMIT 6000) m`,
    [unitId],
  );
  await pool.query("ANALYZE");
}

async function main() {
  const t0 = performance.now();
  const { db, pool, unitId, close } = await openBenchUnit("annual", 54941);
  process.env.DATABASE_URL = db.url;
  try {
    await seedYear(pool, unitId);
    stubNextNavigation();
    console.log(`Dữ liệu đã tạo (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    const { loadAnnualPaper } = await import("../lib/reports/annual/queries");
    const { loadAnnualFigures } = await import("../lib/reports/annual/figures");
    const { buildReportDocx } = await import("../lib/document/docx/document-docx");
    const { renderReportsPdf } = await import("../lib/document/pdf/writer");
    const actor = await benchChair(unitId);
    const f = await loadAnnualFigures(actor as never, 2026);
    console.log(
      `Năm 2026: ${f.members.total.closing} đoàn viên cuối năm, ${f.meetings.held} cuộc họp (${f.meetings.present}/${f.meetings.invited}), ${f.decisions.total} quyết định, ${f.opinions.received} ý kiến, ${f.welfare.count} lượt thăm hỏi`,
    );
    // Each figure query once, so a slow one shows by name.
    const { getStatisticsReport } = await import("../lib/members/statistics/query");
    const { getMeetingRegister } = await import("../lib/meetings/stats-queries");
    const { getYearSummary } = await import("../lib/welfare/summary");
    const { duesTotals } = await import("../lib/finance/dues/totals");
    const { fundTotals } = await import("../lib/finance/fund/totals");
    const { decisionCounts, opinionCounts } = await import("../lib/reports/annual/period-counts");
    const [from, to] = [new Date("2026-01-01T00:00:00Z"), new Date("2027-01-01T00:00:00Z")];
    const parts: [string, () => Promise<unknown>][] = [
      [
        "thống kê đoàn viên",
        () =>
          getStatisticsReport(actor as never, {
            from: "2026-01-01",
            to: "2026-12-31",
            label: "",
            kind: "custom",
          }),
      ],
      ["sổ cuộc họp", () => getMeetingRegister(actor as never, 2026, { from, to })],
      ["tổng hợp thăm hỏi", () => getYearSummary(actor as never, 2026, { from, to })],
      ["đoàn phí", () => duesTotals(unitId, from, new Date("2026-12-31T00:00:00Z"))],
      ["quỹ", () => fundTotals(unitId, from, to)],
      [
        "quyết định, ý kiến",
        () => Promise.all([decisionCounts(unitId, { from, to }), opinionCounts(unitId, { from, to })]),
      ],
    ];
    for (const [name, run] of parts) {
      const t = performance.now();
      await run();
      console.log(`  ${name}: ${Math.round(performance.now() - t)} ms`);
    }
    const ok = [
      await measure("Số liệu báo cáo tổng kết (loadAnnualFigures)", TARGET_MS, RUNS, () =>
        loadAnnualFigures(actor as never, 2026),
      ),
      await measure("DOCX báo cáo tổng kết (số liệu + tệp)", TARGET_MS, RUNS, async () =>
        buildReportDocx((await loadAnnualPaper(actor as never, 2026)).doc),
      ),
      await measure("PDF báo cáo tổng kết (số liệu + tệp)", TARGET_MS, 5, async () =>
        renderReportsPdf([(await loadAnnualPaper(actor as never, 2026)).doc]),
      ),
    ];
    if (ok.includes(false)) process.exitCode = 1;
  } finally {
    await close();
  }
}

void main();

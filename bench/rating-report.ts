// The TỔNG HỢP PDF (and DOCX) of 60,000 members in 1,000 tổ: time and peak memory.
//   npx tsx bench/rating-report.ts         rows generated in memory (no database needed)
//   npx tsx bench/rating-report.ts --db    the bench database (.data/bench, port 54630, filled by
//                                          `npm run bench:seed`): the real query, then the render
// Target (issue 6): the PDF in under 5 s without exceeding 1 GB. Peak RSS is the process's maxRSS.
import { performance } from "node:perf_hooks";
import { rerunUnderReactServer } from "./lib/standalone";

rerunUnderReactServer();

const MEMBERS = 60_000;
const GROUPS = 1_000;
const LEVELS = [
  "Hoàn thành xuất sắc nhiệm vụ",
  "Hoàn thành tốt nhiệm vụ",
  "Hoàn thành nhiệm vụ",
  "Không hoàn thành nhiệm vụ",
];
const FIRST = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"];
const MIDDLE = ["Văn", "Thị", "Hữu", "Ngọc", "Minh", "Thu", "Đức", "Thanh"];
const LAST = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Giang",
  "Hà",
  "Hương",
  "Khánh",
  "Linh",
  "Nam",
  "Phúc",
  "Quân",
  "Sơn",
  "Trang",
  "Yến",
];

const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;
const peak = () => process.resourceUsage().maxRSS;

async function synthetic() {
  const { quotaLine, quotaUsage } = await import("../lib/rating/quota");
  const levels = LEVELS.map((name, position) => ({ name, position, minPoints: 90 - position * 20 }));
  const quota = { mode: "WARN" as const, percent: 20, basisPosition: 1 };
  const pick = (i: number) => (i % 50 === 0 ? null : LEVELS[i % 10 === 0 ? 0 : i % 7 === 0 ? 2 : 1]);
  const list = Array.from({ length: MEMBERS }, (_, i) => ({
    fullName: `${FIRST[i % 10]} ${MIDDLE[(i >> 3) % 8]} ${LAST[i % 15]} ${i}`,
    groupName: `Tổ ${String(Math.floor(i / (MEMBERS / GROUPS))).padStart(4, "0")}`,
    selfLevel: LEVELS[1],
    proposedLevel: pick(i),
    finalLevel: pick(i),
    excludedReason: i % 50 === 0 ? "Nghỉ dài ngày" : null,
    exceptionReason: i % 1000 === 10 ? "Thành tích đặc biệt trong năm" : null,
  }));
  const perGroup = Array.from({ length: GROUPS }, (_, g) => {
    const rows = list.slice(g * 60, g * 60 + 60);
    const counts: Record<string, number> = {};
    for (const r of rows)
      if (r.finalLevel && !r.excludedReason) counts[r.finalLevel] = (counts[r.finalLevel] ?? 0) + 1;
    return {
      groupId: `g${g}`,
      name: rows[0].groupName,
      total: rows.length,
      excluded: rows.filter((r) => r.excludedReason).length,
      undecided: 0,
      counts,
      usage: quotaUsage(counts, levels, quota),
    };
  });
  const unit: Record<string, number> = {};
  for (const g of perGroup) for (const [k, v] of Object.entries(g.counts)) unit[k] = (unit[k] ?? 0) + v;
  const usage = quotaUsage(unit, levels, quota);
  const ry = {
    id: "bench",
    unitId: "bench",
    year: 2026,
    emulationYearId: "e",
    status: "OPEN" as const,
    version: 0,
    quota,
    exclusion: {
      minMonthsInUnit: 10,
      excludeLongLeave: true,
      excludeDisciplined: true,
      requireRegistration: true,
    },
    publishList: false,
    publishedAt: null,
    finalisedAt: null,
    decisionMeetingId: null,
    decisionRef: "05/NQ-CĐCS",
    decidedOn: new Date(),
    cycle: { kind: "calendar" as const },
    levels,
  };
  return {
    unit: { name: "Công đoàn Bench", parentName: "Công đoàn cấp trên", placeName: "Hà Nội" },
    date: new Date(),
    chairName: "Nguyễn Văn Chủ Tịch",
    ry,
    counts: {
      perGroup,
      unit: {
        counts: unit,
        usage,
        total: MEMBERS,
        excluded: perGroup.reduce((s, g) => s + g.excluded, 0),
        undecided: 0,
      },
      quotaLine: quotaLine(usage, levels, quota),
    },
    list,
    decisionMeeting: null,
  };
}

async function fromDatabase() {
  const { openBenchDb, readIds } = await import("./lib/bench-db");
  const bench = await openBenchDb();
  process.env.DATABASE_URL = bench.url;
  const { benchChair } = await import("./lib/standalone");
  const { getRatingSummary } = await import("../lib/rating/reports/queries/summary");
  const ids = readIds();
  const t = performance.now();
  const s = await getRatingSummary(await benchChair(ids.unitId, ids.users.chair), 2026);
  if (!s) throw new Error("Chưa có năm xếp loại 2026 trong CSDL benchmark.");
  const queryMs = performance.now() - t;
  console.log(
    `Truy vấn: ${s.list.length} dòng, ${s.counts.perGroup.length} tổ trong ${(queryMs / 1000).toFixed(2)} s.`,
  );
  return { s, stop: bench.stop, queryMs };
}

async function main() {
  const useDb = process.argv.includes("--db");
  const { s, stop, queryMs } = useDb
    ? await fromDatabase()
    : { s: await synthetic(), stop: async () => {}, queryMs: 0 };
  const { summaryDoc } = await import("../lib/rating/reports/docs/summary-doc");
  const { renderReportsPdf } = await import("../lib/document/pdf/writer");
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  const pdf = await renderReportsPdf([summaryDoc(s as never)]);
  const cpu = process.cpuUsage(cpu0);
  const total = performance.now() - t1 + queryMs;
  // On a shared machine the wall time depends on the load; the CPU time of the render does much less.
  console.log(
    `CPU: ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s, ${s.list.length} đoàn viên, ${pdf.length} byte`,
  );
  const pdfPeak = peak();
  console.log(
    `TỔNG HỢP PDF, ${s.list.length} đoàn viên: dựng ${((total - queryMs) / 1000).toFixed(2)} s${useDb ? `, cả truy vấn ${(total / 1000).toFixed(2)} s` : ""}, ${(pdf.length / 1e6).toFixed(1)} MB, RSS đỉnh ${mb(pdfPeak)} — mục tiêu < 5 s, < 1024 MB: ${total < 5000 && pdfPeak < 1024 * 1024 ? "ĐẠT" : "CHƯA ĐẠT"}`,
  );
  if (!process.argv.includes("--no-docx")) {
    const { buildReportDocx } = await import("../lib/document/docx/document-docx");
    const t3 = performance.now();
    const docx = await buildReportDocx(summaryDoc(s as never));
    console.log(
      `TỔNG HỢP DOCX: ${((performance.now() - t3) / 1000).toFixed(2)} s, ${(docx.length / 1e6).toFixed(1)} MB, RSS đỉnh ${mb(peak())}`,
    );
  }
  await stop();
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);

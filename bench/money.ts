// Self-contained money benchmark (issue 16): `npx tsx bench/money.ts [--no-import]`. Its own
// embedded PostgreSQL (port BENCH_MONEY_PORT, default 54570; data in /tmp/scd-bench-money-<port>),
// the 60,000-member unit with its membership events, ten years of phiếu thu / chi
// (bench/seed/fund.ts) and ten years of đoàn phí, 01/2017–11/2026 (bench/seed/dues.ts). Times the data
// functions behind the screens (30 runs after 3 warm-ups, p50 / p95 against 150 ms): the fund's yearly
// and quarterly report, the cash book (a page; the whole year for the printed sổ), the dues ledger of
// the unit (the last month and an old one, 03/2019), of a tổ and of a member (2026 and 2017; each
// reads the member's ten years for the balance to date); then a 60,000-row payroll deduction list through the real
// import path (read in the bounded child process and checked → preview → read back → commit).
import { existsSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { HISTORY_STEPS } from "./lib/base-history";
import { groupId, memberId } from "./lib/base-members";
import { benchChair, measure, openBenchUnit } from "./lib/standalone";
import { importCase } from "./money-import";
import { DUES_LAST_MONTH, seedDuesBench } from "./seed/dues";
import { seedFundBench } from "./seed/fund";
import { startEmbeddedDb } from "../scripts/lib/embedded-db";
import { allowServerOnlyImports } from "../scripts/lib/server-only-shim";

allowServerOnlyImports();

const RUNS = 30;
const TARGET_MS = 150;
const PORT = Number(process.env.BENCH_MONEY_PORT ?? 54570);
// A copy of a seeded run may sit elsewhere (BENCH_MONEY_DIR), keeping its database's name (BENCH_MONEY_DB).
const DATA_DIR = process.env.BENCH_MONEY_DIR ?? `/tmp/scd-bench-money-${PORT}`;
const DB_NAME = process.env.BENCH_MONEY_DB ?? `bench_money-${PORT}`;
/** An old month of the ten years of đoàn phí (lương cơ sở 1.490.000 đ, 1 %). */
const OLD_MONTH = "2019-03";
const secs = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;

async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t = performance.now();
  const out = await fn();
  console.log(`  ${name.padEnd(48)} ${secs(t).padStart(8)}`);
  return out;
}

/**
 * The data of a previous run (`--reuse`: the same port's data directory), without seeding again;
 * the server of a run that stopped half-way may still be up on that directory: then it is used.
 */
async function reopen() {
  const dataDir = DATA_DIR;
  const url = `postgresql://postgres:postgres@127.0.0.1:${PORT}/${DB_NAME}`;
  let stop: () => Promise<void>;
  const probe = new pg.Client({ connectionString: url });
  try {
    await probe.connect();
    await probe.end();
    const pid = Number(readFileSync(`${dataDir}/postmaster.pid`, "utf8").split("\n")[0]);
    stop = async () => void process.kill(pid, "SIGINT");
  } catch {
    const db = await startEmbeddedDb({
      dataDir,
      database: DB_NAME,
      port: PORT,
      durable: false,
    });
    stop = db.stop;
  }
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const close = async () => {
    const { db: prisma } = await import("../lib/db");
    await prisma.$disconnect();
    await pool.end();
    await stop();
  };
  return { db: { url }, pool, unitId: "bench-unit", close };
}

async function seedAll(pool: pg.Pool, unitId: string) {
  for (const s of HISTORY_STEPS.filter((x) => /MemberEvent|GroupMembership/.test(x.name)))
    await step(s.name, () => pool.query(s.sql));
  const ids = {
    unitId,
    termId: "",
    groupIds: [groupId(0)],
    users: { chair: "", leader: "", member: "" },
    memberIdOf: { chair: memberId(0), leader: memberId(1), member: memberId(2) },
  };
  await step("bench/seed/fund.ts", () => seedFundBench(pool, ids));
  await step("bench/seed/dues.ts", () => seedDuesBench(pool, ids));
  await step("VACUUM ANALYZE", () => pool.query("VACUUM ANALYZE"));
}

async function main() {
  const t0 = performance.now();
  const reuse = process.argv.includes("--reuse") && existsSync(`${DATA_DIR}/PG_VERSION`);
  const { db, pool, unitId, close } = reuse ? await reopen() : await openBenchUnit(`money-${PORT}`, PORT);
  try {
    if (!reuse) await seedAll(pool, unitId);
    const counts = (
      await pool.query(
        `SELECT (SELECT count(*) FROM "FundEntry")::int AS entries, (SELECT count(*) FROM "DuesPayment")::int AS payments,
           (SELECT count(*) FROM "MemberSalary")::int AS salaries, (SELECT count(*) FROM "DuesExemption")::int AS exemptions,
           (SELECT count(*) FROM "DuesHandover")::int AS handovers, (SELECT count(*) FROM "DuesRemittance")::int AS remittances,
           (SELECT count(*) FROM derived."FundMonthTotal")::int AS "monthTotals"`,
      )
    ).rows[0];
    console.log(`Dữ liệu (${secs(t0)}): ${JSON.stringify(counts)}`);

    process.env.DATABASE_URL = db.url;
    const { getFundReport } = await import("../lib/finance/fund/report");
    const { getBook } = await import("../lib/finance/fund/books");
    const { duesMonthView, memberDuesHistory } = await import("../lib/finance/dues/queries");
    const { permissionsFor } = await import("../lib/permissions");
    const chair = await benchChair(unitId);
    const leader = {
      ...chair,
      userId: "bench-leader",
      memberId: memberId(0),
      ownGroupId: groupId(0),
      ledGroupIds: [groupId(0)],
      roles: ["group_leader" as const],
      permissions: permissionsFor(["group_leader"]),
    };
    const from = new Date(Date.UTC(2026, 0, 1));
    const to = new Date(Date.UTC(2027, 0, 1));
    const book = await getBook(unitId, "CASH", from, to, 1);
    console.log(
      `Sổ quỹ tiền mặt 2026: ${book.rowCount} dòng, ${book.pageCount} trang, tồn cuối ${book.closing}.`,
    );

    if (process.argv.includes("--import-only")) return void (await importCase(pool, unitId, chair, true));
    console.log("Quỹ:");
    await measure("Báo cáo thu chi năm 2026 (getFundReport)", TARGET_MS, RUNS, () =>
      getFundReport(unitId, 2026, null),
    );
    await measure("Báo cáo quý IV/2026 (getFundReport)", TARGET_MS, RUNS, () =>
      getFundReport(unitId, 2026, 4),
    );
    await measure("Sổ quỹ tiền mặt 2026, trang 1 (getBook)", TARGET_MS, RUNS, () =>
      getBook(unitId, "CASH", from, to, 1),
    );
    await measure(`Sổ quỹ tiền mặt 2026, trang ${book.pageCount} (getBook)`, TARGET_MS, RUNS, () =>
      getBook(unitId, "CASH", from, to, book.pageCount),
    );
    await measure("Sổ quỹ tiền mặt 2026, cả năm (sổ in, Excel)", 1000, 10, () =>
      getBook(unitId, "CASH", from, to),
    );
    if (process.argv.includes("--fund-only")) return;
    console.log("Đoàn phí:");
    await measure(`Sổ thu tháng ${DUES_LAST_MONTH}, cả đơn vị, trang 1`, TARGET_MS, RUNS, () =>
      duesMonthView(chair, { month: DUES_LAST_MONTH }),
    );
    await measure(`Sổ thu tháng ${DUES_LAST_MONTH}, cả đơn vị, trang giữa (sau)`, TARGET_MS, RUNS, () =>
      duesMonthView(chair, { month: DUES_LAST_MONTH, after: memberId(30_000) }),
    );
    await measure(`Sổ thu tháng ${DUES_LAST_MONTH}, cả đơn vị, trang giữa (trước)`, TARGET_MS, RUNS, () =>
      duesMonthView(chair, { month: DUES_LAST_MONTH, before: memberId(30_000) }),
    );
    await measure(`Sổ thu tháng ${DUES_LAST_MONTH}, tổ 240 người (tổ trưởng)`, TARGET_MS, RUNS, () =>
      duesMonthView(leader, { month: DUES_LAST_MONTH, group: groupId(0), take: 1_000 }),
    );
    await measure("Tìm trong sổ thu tháng (tên không dấu)", TARGET_MS, RUNS, () =>
      duesMonthView(chair, { month: DUES_LAST_MONTH, q: "nguyen van" }),
    );
    await measure(`Sổ thu tháng ${OLD_MONTH} (tháng cũ), cả đơn vị, trang 1`, TARGET_MS, RUNS, () =>
      duesMonthView(chair, { month: OLD_MONTH }),
    );
    await measure(`Sổ thu tháng ${OLD_MONTH}, tổ 240 người (tổ trưởng)`, TARGET_MS, RUNS, () =>
      duesMonthView(leader, { month: OLD_MONTH, group: groupId(0), take: 1_000 }),
    );
    // A member of the whole decade: joined before 2017, no exit, so both years read ten years of payments.
    const who = (
      await pool.query<{ id: string; joined: Date; payments: number }>(
        `SELECT m.id, m."joinedUnionOn" AS joined, (SELECT count(*) FROM "DuesPayment" p WHERE p."memberId" = m.id)::int AS payments
         FROM "Member" m WHERE m."unitId" = $1 AND m.status = 'ACTIVE' AND m."joinedUnionOn" < DATE '2017-01-01'
           AND m."groupId" = $2 ORDER BY m.id LIMIT 1`,
        [unitId, groupId(0)],
      )
    ).rows[0];
    console.log(
      `  (đoàn viên ${who.id}: vào công đoàn ${who.joined.toISOString().slice(0, 10)}, ${who.payments} khoản nộp)`,
    );
    for (const year of [2026, 2017])
      await measure(`Đoàn phí của một đoàn viên, năm ${year} (số dư mười năm)`, TARGET_MS, RUNS, () =>
        memberDuesHistory(chair, who.id, year, "2026-12-07"),
      );
    await duesTotalsCase(unitId);
    if (!process.argv.includes("--no-import")) await importCase(pool, unitId, chair);
    console.log(`Tổng thời gian ${secs(t0)}.`);
  } finally {
    await close();
  }
}

/** The year's đoàn phí totals the tổng kết and the dashboard read: once, then timed if it is quick. */
async function duesTotalsCase(unitId: string) {
  const { duesTotals } = await import("../lib/finance/dues/totals");
  const [from, to] = [new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2026, 11, 31))];
  const [t, once] = [performance.now(), await duesTotals(unitId, from, to)];
  const ms = performance.now() - t;
  console.log(`Tổng đoàn phí 2026 (duesTotals), lần đầu: ${Math.round(ms)} ms; ${JSON.stringify(once)}`);
  if (ms < 10_000)
    await measure("Tổng đoàn phí 2026 (duesTotals)", 1000, 10, () => duesTotals(unitId, from, to));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});

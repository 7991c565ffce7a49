// The stored dues ledger (decision 0091-duesstore) on a copy of bench/money.ts's seeded data:
//   BENCH_MONEY_PORT=… BENCH_MONEY_DIR=… BENCH_MONEY_DB=… npx tsx bench/dues-store.ts
// Applies the migrations the copy lacks, then times, with the Node process's CPU time and the load:
// the first read (the store built for 2025 and 2026), duesTotals and the sổ's data in steady state,
// the read after one payment (one member refreshed), after a dues setting changes (the whole unit),
// and after a payroll import of the whole unit (60,000 members marked). `--steady`: keep the store
// as it is and time the steady state only.
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { rerunUnderReactServer } from "./lib/standalone";
import { startEmbeddedDb } from "../scripts/lib/embedded-db";
import { applyMigrations } from "../scripts/lib/migrate";

rerunUnderReactServer();

const PORT = Number(process.env.BENCH_MONEY_PORT ?? 54570);
const DATA_DIR = process.env.BENCH_MONEY_DIR ?? `/tmp/scd-bench-money-${PORT}`;
const DB_NAME = process.env.BENCH_MONEY_DB ?? `bench_money-${PORT}`;
const UNIT = "bench-unit";

async function timed<T>(label: string, fn: () => Promise<T>) {
  const [t, c] = [performance.now(), process.cpuUsage()];
  const out = await fn();
  const cpu = process.cpuUsage(c);
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
  console.log(
    `${label}: ${Math.round(performance.now() - t)} ms (Node CPU ${Math.round((cpu.user + cpu.system) / 1000)} ms; load ${load}/${cpus().length} lõi)`,
  );
  return out;
}

async function steady<T>(label: string, runs: number, fn: () => Promise<T>) {
  await fn();
  const times: number[] = [];
  const c = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(c);
  times.sort((a, b) => a - b);
  console.log(
    `${label}, ${runs} lần: trung vị ${Math.round(times[runs >> 1])} ms, lớn nhất ${Math.round(times.at(-1)!)} ms (Node CPU/lần ${Math.round((cpu.user + cpu.system) / 1000 / runs)} ms; load ${loadavg()[0].toFixed(2)})`,
  );
}

async function main() {
  const db = await startEmbeddedDb({ dataDir: DATA_DIR, database: DB_NAME, port: PORT, durable: false });
  const url = `postgresql://postgres:postgres@127.0.0.1:${PORT}/${DB_NAME}`;
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    await timed("migration", () => applyMigrations(url));
    process.env.DATABASE_URL = url;
    const { duesTotals } = await import("../lib/finance/dues/totals");
    const { getDuesBook } = await import("../lib/finance/dues/book");
    const { freshDuesYears } = await import("../lib/finance/dues/store");
    const [from, to] = [new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2026, 11, 31))];
    const schoolYear = [new Date(Date.UTC(2025, 8, 1)), new Date(Date.UTC(2026, 7, 31))] as const;
    const steadyOnly = process.argv.includes("--steady");
    if (!steadyOnly)
      await pool.query(`TRUNCATE derived."DuesYear", derived."DuesMemberYear", derived."DuesUnitMonth"`);
    await timed("Lần đọc đầu: dựng kho năm 2025 và 2026 (freshDuesYears)", () =>
      freshDuesYears(UNIT, [2025, 2026]),
    );
    const totals = await timed("duesTotals 2026 (kho đã có)", () => duesTotals(UNIT, from, to));
    console.log(`  ${JSON.stringify(totals)}`);
    await steady("duesTotals 2026", 10, () => duesTotals(UNIT, from, to));
    await steady("duesTotals năm học 09/2025–08/2026", 10, () => duesTotals(UNIT, ...schoolYear));
    await steady("getDuesBook 2026, dữ liệu", 3, () => getDuesBook(UNIT, 2026, null));
    await steady("getDuesBook 2026, một tổ", 5, () => getDuesBook(UNIT, 2026, "bg0000"));
    if (steadyOnly) {
      // The same figures computed afresh by the ledger SQL, as before the store, at the same load.
      const { freshDuesTotals } = await import("../lib/finance/dues/unit-ledger");
      const { bookRows } = await import("../lib/finance/dues/book-rows");
      const { loadDuesSettings } = await import("../lib/finance/dues/facts");
      const { monthsBetween } = await import("../lib/finance/dues/rule");
      const fresh = await timed("Trước (không có kho): tổng 2026 tính lại bằng SQL (freshDuesTotals)", () =>
        freshDuesTotals(UNIT, monthsBetween("2026-01", "2026-12")),
      );
      console.log(`  bằng kho: ${JSON.stringify(fresh) === JSON.stringify(totals)}`);
      const months = monthsBetween("2026-01", "2026-12");
      await timed("Trước (không có kho): các dòng sổ 2026 tính lại (bookRows)", async () =>
        bookRows({ unitId: UNIT }, await loadDuesSettings(UNIT), months),
      );
      return;
    }

    const member = (await pool.query(`SELECT id FROM "Member" WHERE "unitId" = $1 LIMIT 1`, [UNIT])).rows[0]
      .id;
    await pool.query(
      `INSERT INTO "DuesPayment"(id, "unitId", "memberId", month, amount, method, "paidOn", "groupId", "updatedAt")
       SELECT 'bench-store-pay', "unitId", id, DATE '2026-11-01', 1000, 'CASH', DATE '2026-12-01', "groupId", now()
       FROM "Member" WHERE id = $1`,
      [member],
    );
    await timed("duesTotals 2026 sau một khoản thu (1 đoàn viên tính lại)", () => duesTotals(UNIT, from, to));
    await pool.query(`DELETE FROM "DuesPayment" WHERE id = 'bench-store-pay'`);
    await timed("getDuesBook 2026 sau khi xóa khoản đó (1 đoàn viên tính lại)", () =>
      getDuesBook(UNIT, 2026, null),
    );

    await pool.query(
      `INSERT INTO "Setting"(id, "unitId", key, value, "effectiveFrom", "updatedAt")
       VALUES ('bench-store-set', $1, 'dues.cdcs.share.percent', '75', DATE '2026-10-01', now())`,
      [UNIT],
    );
    await timed("duesTotals 2026 sau khi đổi một thiết lập đoàn phí (cả đơn vị, năm 2026)", () =>
      duesTotals(UNIT, from, to),
    );
    await timed("duesTotals năm học sau đó (năm 2025 dựng lại cả đơn vị)", () =>
      duesTotals(UNIT, ...schoolYear),
    );
    await pool.query(`DELETE FROM "Setting" WHERE id = 'bench-store-set'`);
    await timed("getDuesBook 2026 sau khi bỏ thiết lập (cả đơn vị)", () => getDuesBook(UNIT, 2026, null));

    await pool.query(
      `INSERT INTO "DuesPayment"(id, "unitId", "memberId", month, amount, method, "paidOn", "groupId", "updatedAt")
       SELECT 'bsp-' || id, "unitId", id, DATE '2026-12-01', 1000, 'PAYROLL', DATE '2026-12-05', "groupId", now()
       FROM "Member" WHERE "unitId" = $1`,
      [UNIT],
    );
    await timed("duesTotals 2026 sau một lần nhập bảng lương cả đơn vị", () => duesTotals(UNIT, from, to));
    await pool.query(`DELETE FROM "DuesPayment" WHERE id LIKE 'bsp-%'`);
    await timed("getDuesBook 2026 sau khi xóa lần nhập đó", () => getDuesBook(UNIT, 2026, null));
    await steady("getDuesBook 2026, dữ liệu (lại)", 3, () => getDuesBook(UNIT, 2026, null));
  } finally {
    const { db: prisma } = await import("../lib/db");
    await prisma.$disconnect();
    await pool.end();
    await db.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

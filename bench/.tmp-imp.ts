import pg from "pg";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { rerunUnderReactServer } from "./lib/standalone";
import { startEmbeddedDb } from "../scripts/lib/embedded-db";
rerunUnderReactServer();
async function main() {
  const db = await startEmbeddedDb({ dataDir: "/tmp/scd-duesstore-bench", database: "bench_money-54930", port: 54912, durable: false });
  const url = "postgresql://postgres:postgres@127.0.0.1:54912/bench_money-54930";
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  // This branch's trigger function as now written in the migration.
  const sql = readFileSync("prisma/migrations/20261207090000_dues_store/migration.sql", "utf8");
  const fn = sql.slice(sql.indexOf("CREATE FUNCTION derived.dues_stale_payment()"), sql.indexOf("-- DuesExemption"));
  await c.query(fn.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION"));
  process.env.DATABASE_URL = url;
  const { duesTotals } = await import("../lib/finance/dues/totals");
  const { freshDuesTotals } = await import("../lib/finance/dues/unit-ledger");
  const { monthsBetween } = await import("../lib/finance/dues/rule");
  const [from, to] = [new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2026, 11, 31))];
  await duesTotals("bench-unit", from, to);
  const ins = `INSERT INTO "DuesPayment"(id, "unitId", "memberId", month, amount, method, "paidOn", "groupId", "updatedAt")
    SELECT 'bsp-' || id, "unitId", id, DATE '2026-12-01', 1000, 'PAYROLL', DATE '2026-12-05', "groupId", now() FROM "Member" WHERE "unitId" = 'bench-unit'`;
  for (const on of [true, false, true, false]) {
    await c.query("BEGIN");
    if (!on) await c.query(`ALTER TABLE "DuesPayment" DISABLE TRIGGER "DuesPayment_dues_stale_insert"`);
    const t = performance.now();
    await c.query(ins);
    const marks = (await c.query(`SELECT count(*)::int AS n FROM derived."DuesStale" WHERE "unitId" = 'bench-unit'`)).rows[0].n;
    console.log(`60,000 payments inserted, trigger ${on ? "on" : "off"}: ${Math.round(performance.now() - t)} ms; marks ${marks}`);
    await c.query("ROLLBACK");
  }
  await c.query(ins);
  let t = performance.now();
  const stored = await duesTotals("bench-unit", from, to);
  console.log(`duesTotals after the import (whole 2026): ${Math.round(performance.now() - t)} ms`);
  t = performance.now();
  const fresh = await freshDuesTotals("bench-unit", monthsBetween("2026-01", "2026-12"));
  console.log(`freshDuesTotals: ${Math.round(performance.now() - t)} ms; equal: ${JSON.stringify(stored) === JSON.stringify(fresh)} ${JSON.stringify(stored)}`);
  await c.query(`DELETE FROM "DuesPayment" WHERE id LIKE 'bsp-%'`);
  t = performance.now();
  await duesTotals("bench-unit", from, to);
  console.log(`duesTotals after deleting it: ${Math.round(performance.now() - t)} ms`);
  await c.end();
  const { db: prisma } = await import("../lib/db");
  await prisma.$disconnect();
  await db.stop();
}
main().catch((e) => { console.error(e); process.exit(1); });

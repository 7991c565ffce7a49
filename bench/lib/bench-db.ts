// The benchmark's own database: BENCH_DATABASE_URL when set, otherwise an embedded PostgreSQL
// on port 54630 with its data in .data/bench (git-ignored). Never the demo database.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import pg from "pg";
import type { BenchIds } from "./types";
import { startEmbeddedDb } from "../../scripts/lib/embedded-db";

export const BENCH_DB_PORT = Number(process.env.BENCH_DB_PORT ?? 54630);
export const BENCH_DB_NAME = "scd_bench";
export const IDS_FILE = join(process.cwd(), "bench/.data/ids.json");

export type BenchDb = { url: string; stop: () => Promise<void> };

export async function openBenchDb(): Promise<BenchDb> {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, stop: async () => {} };
  // The bench data is throw-away: fast, non-durable flags are fine here.
  // BENCH_DATA_DIR (with BENCH_DB_PORT) points at a second copy, for experiments that must not reset the shared one.
  const db = await startEmbeddedDb({
    dataDir: process.env.BENCH_DATA_DIR ?? join(process.cwd(), ".data/bench"),
    database: BENCH_DB_NAME,
    port: BENCH_DB_PORT,
    durable: false,
  });
  if (db.port !== BENCH_DB_PORT) {
    await db.stop();
    throw new Error(`Cổng ${BENCH_DB_PORT} đang bận: không khởi động được CSDL benchmark.`);
  }
  return db;
}

/** Drops and recreates the bench database, so that each seed starts empty. */
export async function resetDatabase(url: string) {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  if (!/bench/i.test(name))
    throw new Error(`Từ chối xoá CSDL "${name}": tên CSDL benchmark phải chứa "bench".`);
  u.pathname = "/postgres";
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await c.query(`CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0`);
  await c.end();
}

export function writeIds(ids: BenchIds) {
  mkdirSync(dirname(IDS_FILE), { recursive: true });
  writeFileSync(IDS_FILE, JSON.stringify(ids, null, 2));
}

export function readIds(): BenchIds {
  if (!existsSync(IDS_FILE)) throw new Error("Chưa có dữ liệu benchmark: chạy `npm run bench:seed` trước.");
  return JSON.parse(readFileSync(IDS_FILE, "utf8")) as BenchIds;
}

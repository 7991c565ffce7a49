// The federation bench's own database: BENCH_DATABASE_URL when set, otherwise an embedded
// PostgreSQL on BENCH_DB_PORT (default 54975) with its data in BENCH_DATA_DIR (default
// .data/bench-federation). `--single <dir>` style comparisons point BENCH_DATA_DIR elsewhere.
// The migrations made since the data was seeded are applied on open (the app's `next start` does
// not migrate), so that a seeded copy keeps serving the current code.
import { join } from "node:path";
import { startEmbeddedDb } from "../../scripts/lib/embedded-db";
import { applyMigrations } from "../../scripts/lib/migrate";
import type { BenchDb } from "../lib/bench-db";

export async function openFedDb(
  o: { dataDir?: string; port?: number; migrate?: boolean } = {},
): Promise<BenchDb> {
  if (process.env.BENCH_DATABASE_URL) {
    const url = process.env.BENCH_DATABASE_URL;
    if (o.migrate !== false) await applyMigrations(url, (m) => console.log(m));
    return { url, stop: async () => {} };
  }
  const port = o.port ?? Number(process.env.BENCH_DB_PORT ?? 54975);
  const db = await startEmbeddedDb({
    dataDir: o.dataDir ?? process.env.BENCH_DATA_DIR ?? join(process.cwd(), ".data/bench-federation"),
    database: "scd_bench",
    port,
    durable: false,
  });
  if (db.port !== port) {
    await db.stop();
    throw new Error(`Cổng ${port} đang bận: không khởi động được CSDL benchmark.`);
  }
  if (o.migrate !== false) await applyMigrations(db.url, (m) => console.log(m));
  return db;
}

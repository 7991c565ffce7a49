// Which database `npm run backup` / `npm run restore` work on: DATABASE_URL when set, otherwise
// the embedded PostgreSQL of `npm start` — the running one on SCD_DB_PORT, or, when the app is
// not running, the same data directory (SCD_DATA_DIR/postgres) started just for this command.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import pg from "pg";
import { startEmbeddedDb } from "./embedded-db";

export type Target = { url: string; label: string; stop: () => Promise<void> };

const EMBEDDED_DB = "so_cong_doan";

async function reachable(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export const dataRoot = () => resolve(process.env.SCD_DATA_DIR ?? join(process.cwd(), ".data"));

/** `create`: start a fresh embedded cluster when there is none yet (restore into a new data directory). */
export async function openTarget(opts: { create: boolean }): Promise<Target> {
  if (process.env.DATABASE_URL) {
    const safe = process.env.DATABASE_URL.replace(/\/\/[^@/]*@/, "//…@");
    return { url: process.env.DATABASE_URL, label: `DATABASE_URL (${safe})`, stop: async () => {} };
  }
  const port = Number(process.env.SCD_DB_PORT ?? 54329);
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/${EMBEDDED_DB}`;
  if (await reachable(url)) return { url, label: `PostgreSQL nhúng đang chạy (cổng ${port})`, stop: async () => {} };
  const dataDir = join(dataRoot(), "postgres");
  if (!opts.create && !existsSync(join(dataDir, "PG_VERSION"))) {
    throw new Error(`Không tìm thấy cơ sở dữ liệu: PostgreSQL nhúng không chạy ở cổng ${port} và chưa có dữ liệu ở ${dataDir}. Đặt DATABASE_URL, SCD_DB_PORT hoặc SCD_DATA_DIR.`);
  }
  const db = await startEmbeddedDb({ dataDir, database: EMBEDDED_DB, port, durable: true });
  return { url: db.url, label: `PostgreSQL nhúng (dữ liệu: ${dataDir}, khởi động riêng cho lệnh này)`, stop: db.stop };
}

/** yyyymmdd-hhmmss in Vietnam time, for file names. */
export function stampVietnam(d = new Date()) {
  return new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 19).replace(/-/g, "").replace("T", "-").replace(/:/g, "");
}

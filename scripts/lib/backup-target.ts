// Which database `npm run backup` / `npm run restore` work on: DATABASE_URL when set, otherwise
// the embedded PostgreSQL of SCD_DATA_DIR (default .data). A running cluster is found through its
// own <dataDir>/postgres/postmaster.pid (live pid, this data directory, its port) and checked by
// asking the server for its data_directory; when none runs, that data directory is started on a
// free port just for this command. Never whatever happens to listen on a default port.
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { join, resolve } from "node:path";
import pg from "pg";
import { startEmbeddedDb } from "./embedded-db";

export type Target = { url: string; label: string; stop: () => Promise<void> };

/** The port `npm start` asks for first (SCD_DB_PORT overrides it); taken, it moves to a free one. */
export const DEFAULT_DB_PORT = 54329;
const EMBEDDED_DB = "so_cong_doan";
type Env = Record<string, string | undefined>;

export const dataRoot = (env: Env = process.env) => resolve(env.SCD_DATA_DIR ?? join(process.cwd(), ".data"));
const embeddedUrl = (port: number) => `postgresql://postgres:postgres@127.0.0.1:${port}/${EMBEDDED_DB}`;

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function samePath(a: string, b: string) {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** The postmaster of this PostgreSQL data directory per its postmaster.pid (line 1 pid, alive;
 *  line 2 this very directory; line 4 the port), or null: no file, a dead pid, or a file copied
 *  from another directory. */
export function runningCluster(pgDataDir: string): { pid: number; port: number } | null {
  let lines: string[];
  try {
    lines = readFileSync(join(pgDataDir, "postmaster.pid"), "utf8").split("\n");
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!(Number.isInteger(pid) && pid > 0 && Number.isInteger(port) && port > 0)) return null;
  if (!alive(pid) || !samePath((lines[1] ?? "").trim(), pgDataDir)) return null;
  return { pid, port };
}

/** The data directory of the server behind `url`, or null when it does not answer. */
async function serverDataDir(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const r = await client.query<{ d: string }>("SELECT current_setting('data_directory') AS d");
    return r.rows[0].d;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

/** `create`: start a fresh embedded cluster when there is none yet (restore into a new data directory). */
export async function openTarget(opts: { create: boolean; env?: Env }): Promise<Target> {
  const env = opts.env ?? process.env;
  if (env.DATABASE_URL) {
    const safe = env.DATABASE_URL.replace(/\/\/[^@/]*@/, "//…@");
    return { url: env.DATABASE_URL, label: `DATABASE_URL (${safe})`, stop: async () => {} };
  }
  const dataDir = join(dataRoot(env), "postgres");
  const running = runningCluster(dataDir);
  if (running) {
    const url = embeddedUrl(running.port);
    // A cluster that is still starting answers within a few seconds.
    for (let i = 0; i < 10; i++) {
      const served = await serverDataDir(url);
      if (served && samePath(served, dataDir)) {
        return {
          url,
          label: `PostgreSQL nhúng đang chạy (cổng ${running.port}, dữ liệu ${dataDir})`,
          stop: async () => {},
        };
      }
      if (served) break; // another cluster holds that port: not ours
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(
      `PostgreSQL nhúng của ${dataDir} đang chạy (tiến trình ${running.pid}) nhưng không trả lời đúng ở cổng ${running.port}. Thử lại sau, hoặc dừng ứng dụng rồi chạy lại lệnh.`,
    );
  }
  if (!opts.create && !existsSync(join(dataDir, "PG_VERSION"))) {
    throw new Error(
      `Không tìm thấy cơ sở dữ liệu: chưa có dữ liệu ở ${dataDir}. Đặt SCD_DATA_DIR (thư mục dữ liệu của npm start) hoặc DATABASE_URL.`,
    );
  }
  const db = await startEmbeddedDb({ dataDir, database: EMBEDDED_DB, port: 0, durable: true });
  return {
    url: db.url,
    label: `PostgreSQL nhúng (cổng ${db.port}, dữ liệu ${dataDir}, khởi động riêng cho lệnh này)`,
    stop: db.stop,
  };
}

/** yyyymmdd-hhmmss in Vietnam time, for file names. */
export function stampVietnam(d = new Date()) {
  return new Date(d.getTime() + 7 * 3_600_000)
    .toISOString()
    .slice(0, 19)
    .replace(/-/g, "")
    .replace("T", "-")
    .replace(/:/g, "");
}

// `npm start`: one command from a fresh clone to a running app.
// Without DATABASE_URL it runs an embedded PostgreSQL with durable data in SCD_DATA_DIR
// (default .data/postgres), migrates, seeds the demo unit if empty, builds if needed and serves.
// It supervises Next: when the Next process dies it is started again (backoff 1 s, 2 s, 4 s … 30 s)
// while PostgreSQL keeps running. Under systemd or a container, that manager restarts this
// launcher in turn (deploy/so-cong-doan.service, docs/deploy.md).
import "dotenv/config";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { freePort, startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db";
import { applyMigrations } from "./lib/migrate";
import { createPrisma } from "./lib/prisma";
import { restartDelayMs } from "./lib/supervise";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "../prisma/demo-seed";

const root = process.cwd();
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const dataRoot = resolve(process.env.SCD_DATA_DIR ?? join(root, ".data"));
const nextBin = join(root, "node_modules/next/dist/bin/next");

let pg: EmbeddedDb | null = null;
let app: ChildProcess | null = null;
let stopping = false;

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  console.log("\nĐang dừng…");
  if (app && app.exitCode === null && app.signalCode === null) {
    app.kill("SIGTERM");
    await new Promise((ok) => {
      const t = setTimeout(ok, 5000);
      app!.once("exit", () => (clearTimeout(t), ok(null)));
    });
  }
  if (pg) await pg.stop().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

function authSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = join(dataRoot, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataRoot, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function main() {
  let url = process.env.DATABASE_URL;
  let seedIfEmpty = process.env.SCD_SEED === "1";
  if (!url) {
    const dataDir = join(dataRoot, "postgres");
    if (process.env.SCD_RESET_DATA === "1") rmSync(dataRoot, { recursive: true, force: true });
    const dbPort = Number(process.env.SCD_DB_PORT ?? 54329);
    // A port asked for by name must be the one used: the e2e suite reads its database there.
    if (process.env.SCD_DB_PORT && (await freePort(dbPort)) !== dbPort)
      throw new Error(
        `Cổng PostgreSQL ${dbPort} (SCD_DB_PORT) đang bận: chọn cổng khác hoặc dừng tiến trình đang dùng nó.`,
      );
    pg = await startEmbeddedDb({
      dataDir,
      database: "so_cong_doan",
      port: dbPort,
      durable: process.env.SCD_FAST_DB !== "1",
    });
    url = pg.url;
    seedIfEmpty = true;
    const shownDir = dataDir.startsWith(root + sep) ? relative(root, dataDir) : dataDir;
    console.log(
      `PostgreSQL nhúng: cổng ${pg.port}, dữ liệu ${shownDir}${dbPort && pg.port !== dbPort ? ` (cổng ${dbPort} đang bận)` : ""}`,
    );
  }
  const applied = await applyMigrations(url, (m) => console.log(m));
  if (applied === 0) console.log("Cơ sở dữ liệu đã ở phiên bản mới nhất.");

  let seeded = false;
  if (seedIfEmpty) {
    const db = createPrisma(url);
    if ((await db.unit.count()) === 0) {
      console.log("Đang nạp đơn vị mẫu…");
      await seedDemo(db, url);
      seeded = true;
    }
    await db.$disconnect();
  }

  const env = { ...process.env, DATABASE_URL: url, AUTH_SECRET: authSecret(), PORT: String(port) };
  if (!dev && !existsSync(join(root, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID"))) {
    console.log("Chưa có bản build: đang build ứng dụng (khoảng 1 phút)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], {
      stdio: "inherit",
      env: { ...env, NODE_ENV: "production" },
    });
    if (build.status !== 0) return stop(1);
  }

  superviseApp([nextBin, dev ? "dev" : "start", "-p", String(port)], env, seeded || seedIfEmpty);
}

/** Runs Next and starts it again whenever it dies, until the launcher itself is stopped. */
function superviseApp(args: string[], env: NodeJS.ProcessEnv, demo: boolean) {
  const pidFile = join(dataRoot, "next.pid");
  let failures = 0;
  let firstStart = true;
  const run = () => {
    if (stopping) return;
    const startedAt = Date.now();
    app = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"], env });
    mkdirSync(dataRoot, { recursive: true });
    writeFileSync(pidFile, String(app.pid ?? ""));
    app.stdout!.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      if (!/Ready|started server/i.test(chunk.toString())) return;
      if (firstStart) banner(demo);
      else console.log(`Ứng dụng đã chạy lại tại http://localhost:${port}`);
      firstStart = false;
    });
    app.on("exit", (code, signal) => {
      if (stopping) return;
      // A run that lasted a minute was healthy: the next failure starts the backoff again.
      failures = Date.now() - startedAt > 60_000 ? 1 : failures + 1;
      const delay = restartDelayMs(failures);
      console.error(
        `[start] Next đã dừng (${signal ?? `mã ${code}`}); chạy lại sau ${delay / 1000} giây. PostgreSQL vẫn chạy.`,
      );
      setTimeout(run, delay);
    });
  };
  run();
}

function banner(demo: boolean) {
  console.log(`\nSổ Công đoàn đang chạy tại http://localhost:${port}`);
  if (demo) {
    console.log(`Tài khoản mẫu (mật khẩu: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email.padEnd(20)} ${a.role}`);
  }
  console.log("Nhấn Ctrl-C để dừng.\n");
}

main().catch((err) => {
  console.error(err);
  void stop(1);
});

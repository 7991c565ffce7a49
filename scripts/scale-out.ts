// `npm run scale-out`: the deployment of docs/scaling.md on this machine. One embedded PostgreSQL
// (as `npm start` runs it), migrated and seeded with the demo unit, two `next start` instances of
// the same build on two ports, and nginx in front of them (round robin). Prints the URL; Ctrl-C
// stops nginx, both instances and PostgreSQL.
//
// Ports: SCALE_PORT (nginx, default 8080), SCALE_APP_PORTS (default "3001,3002"), SCD_DB_PORT
// (default 54329). Data in SCD_DATA_DIR (default .data/scale-out); SCD_RESET_DATA=1 starts afresh.
// Uses the build in NEXT_DIST_DIR (default .next), building it when missing.
import "dotenv/config";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { startInstance, startNginx, waitHealthy, type Instance, type Nginx } from "./faults/two-instances";
import { startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db";
import { applyMigrations } from "./lib/migrate";
import { createPrisma } from "./lib/prisma";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "../prisma/demo-seed";

const root = process.cwd();
const dataRoot = resolve(process.env.SCD_DATA_DIR ?? join(root, ".data/scale-out"));
const nginxPort = Number(process.env.SCALE_PORT ?? 8080);
const appPorts = (process.env.SCALE_APP_PORTS ?? "3001,3002").split(",").map(Number);
const dbPort = Number(process.env.SCD_DB_PORT ?? 54329);
const distDir = process.env.NEXT_DIST_DIR ?? ".next";

let pg: EmbeddedDb | null = null;
let nginx: Nginx | null = null;
const instances: Instance[] = [];
let stopping = false;

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  console.log("\nĐang dừng nginx, các phiên bản ứng dụng và PostgreSQL…");
  await nginx?.stop();
  await Promise.all(instances.map((i) => i.stop()));
  await pg?.stop().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

/** A secret shared by every instance: from the environment, or made once and kept in the data folder. */
function shared(name: string, bytes: number) {
  if (process.env[name]) return process.env[name]!;
  const file = join(dataRoot, name.toLowerCase());
  if (!existsSync(file)) {
    mkdirSync(dataRoot, { recursive: true });
    writeFileSync(file, randomBytes(bytes).toString("base64"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function main() {
  if (process.env.SCD_RESET_DATA === "1") rmSync(dataRoot, { recursive: true, force: true });
  pg = await startEmbeddedDb({
    dataDir: join(dataRoot, "postgres"),
    database: "so_cong_doan",
    port: dbPort,
    durable: process.env.SCD_FAST_DB !== "1",
  });
  console.log(`PostgreSQL nhúng: cổng ${pg.port}, dữ liệu ${join(dataRoot, "postgres")}`);
  await applyMigrations(pg.url, (m) => console.log(m));
  const db = createPrisma(pg.url);
  const seeded = (await db.unit.count()) === 0;
  if (seeded) {
    console.log("Đang nạp đơn vị mẫu…");
    await seedDemo(db, pg.url);
  }
  await db.$disconnect();

  // Every instance gets the same AUTH_SECRET and the same build. The Server Actions key is written
  // into the build (.next/server/server-reference-manifest.json): one build serves all instances.
  // A build made here uses a key kept in the data folder, passed to the instances as well.
  const env: Record<string, string> = { AUTH_SECRET: shared("AUTH_SECRET", 32) };
  if (process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY)
    env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY;
  if (!existsSync(join(root, distDir, "BUILD_ID"))) {
    env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ??= shared("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY", 32);
    console.log("Chưa có bản build: đang build ứng dụng (vài phút)…");
    const build = spawnSync(process.execPath, [join(root, "node_modules/next/dist/bin/next"), "build"], {
      stdio: "inherit",
      env: { ...process.env, ...env, NODE_ENV: "production", NEXT_DIST_DIR: distDir },
    });
    if (build.status !== 0) return stop(1);
  }
  for (const port of appPorts) instances.push(startInstance({ port, databaseUrl: pg.url, distDir, env }));
  for (const i of instances) {
    if (!(await waitHealthy(`http://${i.addr}`, 120_000))) {
      console.error(`Phiên bản ở cổng ${i.port} không chạy được:\n${i.log()}`);
      return stop(1);
    }
    console.log(`Phiên bản ứng dụng: http://${i.addr} (PID ${i.proc.pid})`);
    i.proc.on("exit", (code, signal) => {
      if (!stopping)
        console.error(
          `[scale-out] Phiên bản ở cổng ${i.port} đã dừng (${signal ?? `mã ${code}`}); nginx chuyển yêu cầu sang phiên bản còn lại.`,
        );
    });
  }
  nginx = await startNginx({
    dir: join(dataRoot, "nginx"),
    port: nginxPort,
    upstreams: appPorts,
    servedBy: true,
  });
  console.log(`nginx: cấu hình ${nginx.conf}`);
  console.log(`\nSổ Công đoàn (${appPorts.length} phiên bản sau nginx) đang chạy tại ${nginx.base}`);
  console.log(`Tài khoản mẫu (mật khẩu: ${DEMO_PASSWORD}):`);
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email.padEnd(20)} ${a.role}`);
  console.log("Tiêu đề X-Served-By cho biết phiên bản nào trả lời. Nhấn Ctrl-C để dừng.\n");
}

main().catch((err) => {
  console.error(err);
  void stop(1);
});

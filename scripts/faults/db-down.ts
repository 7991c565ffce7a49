// `npm run fault:db-down`: kills PostgreSQL under a running app and shows, as a transcript, that
// the app answers 503 and a Vietnamese error page (no hang, no stack trace) while it is down, and
// recovers by itself (health 200, sign-in works) once PostgreSQL is back — without a restart.
// Uses its own embedded PostgreSQL and data (FAULT_DIR, default /tmp/scd-fault-db-down) and the
// build in NEXT_DIST_DIR (default .next; built first if missing).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { browserPage, leaksInternals, pageText, signIn, timed } from "./db-down-http";
import { DEMO_PASSWORD, seedDemo } from "../../prisma/demo-seed";
import { freePort, startEmbeddedDb, type EmbeddedDb } from "../lib/embedded-db";
import { applyMigrations } from "../lib/migrate";
import { createPrisma } from "../lib/prisma";

const root = process.cwd();
const dir = resolve(process.env.FAULT_DIR ?? "/tmp/scd-fault-db-down");
const dataDir = join(dir, "postgres");
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const DB_TITLE = "Cơ sở dữ liệu tạm thời không truy cập được";
const t0 = Date.now();
let failures = 0;

const clock = () => `[${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s]`;
const say = (m: string) => console.log(`${clock()} ${m}`);
function check(ok: boolean, m: string) {
  if (!ok) failures++;
  say(`${ok ? "ĐẠT " : "LỖI "} ${m}`);
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** SIGKILL the postmaster and every child: a crash, not a clean shutdown. */
function killPostgres() {
  const pid = Number(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  const children = spawnSync("ps", ["-o", "pid=", "--ppid", String(pid)])
    .stdout.toString()
    .split(/\s+/)
    .filter(Boolean)
    .map(Number);
  for (const p of [pid, ...children]) {
    try {
      process.kill(p, "SIGKILL");
    } catch {
      /* already gone */
    }
  }
  return { pid, children: children.length };
}

async function main() {
  let db: EmbeddedDb | null = null;
  let app: ChildProcess | null = null;
  const cleanup = async () => {
    app?.kill("SIGTERM");
    await db?.stop().catch(() => {});
  };
  process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));
  try {
    rmSync(dir, { recursive: true, force: true });
    const dbPort = await freePort(Number(process.env.SCD_DB_PORT ?? 0));
    db = await startEmbeddedDb({ dataDir, database: "so_cong_doan", port: dbPort, durable: true });
    await applyMigrations(db.url);
    const prisma = createPrisma(db.url);
    await seedDemo(prisma, db.url);
    await prisma.$disconnect();
    say(`PostgreSQL nhúng chạy ở cổng ${db.port}, đã migrate và nạp đơn vị mẫu (${dataDir}).`);

    const env = {
      ...process.env,
      DATABASE_URL: db.url,
      AUTH_SECRET: process.env.AUTH_SECRET ?? "fault-db-down-secret-0123456789",
      NEXT_DIST_DIR: distDir,
      NODE_ENV: "production" as const,
    };
    const nextBin = join(root, "node_modules/next/dist/bin/next");
    if (!existsSync(join(root, distDir, "BUILD_ID"))) {
      say(`Chưa có bản build trong ${distDir}: đang build…`);
      if (spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env }).status !== 0)
        throw new Error("build thất bại");
    }
    const port = await freePort(Number(process.env.PORT ?? 0));
    const base = `http://127.0.0.1:${port}`;
    const log = createWriteStream(join(dir, "app.log"));
    app = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    app.stdout!.pipe(log);
    app.stderr!.pipe(log);
    for (let i = 0; i < 120 && (await timed(`${base}/api/health`, {}, 2000)).status !== 200; i++)
      await sleep(500);
    say(`Ứng dụng chạy ở ${base} (nhật ký máy chủ: ${join(dir, "app.log")}).`);

    const email = "chutich@demo.vn";
    let cookie = await signIn(base, email, DEMO_PASSWORD);
    check(cookie !== null, `Đăng nhập ${email} trước sự cố`);
    const before = await timed(`${base}/dashboard`, { headers: { cookie: cookie ?? "" } });
    check(
      before.status === 200 && pageText(before.body).includes("Tổng quan"),
      `GET /dashboard → ${before.status} trong ${before.ms} ms`,
    );

    say("");
    const killed = killPostgres();
    say(`*** Giết PostgreSQL (SIGKILL postmaster ${killed.pid} và ${killed.children} tiến trình con) ***`);
    for (let i = 0; i < 3; i++) {
      const h = await timed(`${base}/api/health`);
      const body = h.status === 503 ? (JSON.parse(h.body) as { message?: string }) : {};
      check(
        h.status === 503 && h.ms < 10_000 && body.message?.startsWith(DB_TITLE) === true,
        `GET /api/health → ${h.status} trong ${h.ms} ms: ${h.body}`,
      );
      const p = await timed(`${base}/members`, { headers: { cookie: cookie ?? "" } });
      // proxy.ts answers page loads with its own 503 page once a query has found the database gone.
      const vietnamese = pageText(p.body).includes(DB_TITLE);
      check(
        p.status === 503 &&
          p.ms < 10_000 &&
          vietnamese &&
          p.body.includes("SCD_DB_UNAVAILABLE") &&
          !leaksInternals(p.body),
        `GET /members (đã đăng nhập) → ${p.status} trong ${p.ms} ms, trang tiếng Việt «${DB_TITLE}», không lộ stack trace`,
      );
      await sleep(1000);
    }
    const browser = await browserPage(base, cookie ?? "");
    const shown = Date.now();
    await browser.page.goto(`${base}/members`);
    const title = browser.page.getByRole("heading", { name: DB_TITLE });
    const seen = await title.waitFor({ timeout: 10_000 }).then(
      () => true,
      () => false,
    );
    await browser.page.screenshot({ path: join(dir, "members-while-down.png") });
    const text = seen
      ? await browser.page.locator("main").last().innerText()
      : await browser.page.locator("body").innerText();
    check(
      seen && !leaksInternals(text),
      `Chromium mở /members: sau ${Date.now() - shown} ms hiện «${text.replace(/\s+/g, " ").slice(0, 190)}» (ảnh: ${join(dir, "members-while-down.png")})`,
    );
    // Signing in needs the database too: the sign-in page says so instead of a form that cannot work.
    const login = await timed(`${base}/login`);
    check(
      login.status === 503 && pageText(login.body).includes(DB_TITLE),
      `GET /login → ${login.status} trong ${login.ms} ms, cùng trang báo (đăng nhập cũng cần cơ sở dữ liệu)`,
    );

    say("");
    say("*** Khởi động lại PostgreSQL (cùng thư mục dữ liệu, cùng cổng; không khởi động lại ứng dụng) ***");
    db = await startEmbeddedDb({ dataDir, database: "so_cong_doan", port: dbPort, durable: true });
    if (db.port !== dbPort)
      throw new Error(`cổng ${dbPort} chưa được giải phóng (PostgreSQL chạy ở ${db.port})`);
    const restarted = Date.now();
    let h = await timed(`${base}/api/health`);
    while (h.status !== 200 && Date.now() - restarted < 60_000) {
      await sleep(250);
      h = await timed(`${base}/api/health`);
    }
    check(
      h.status === 200,
      `GET /api/health → ${h.status} ${h.body}, ${Date.now() - restarted} ms sau khi PostgreSQL chạy lại`,
    );
    // The page left open (the 503 page, which reloads itself every 5 s) shows the list again by itself.
    const back = await browser.page
      .getByRole("heading", { name: "Đoàn viên", exact: true })
      .waitFor({ timeout: 15_000 })
      .then(
        () => true,
        () => false,
      );
    await browser.page.screenshot({ path: join(dir, "members-after-recovery.png") });
    check(
      back,
      `Trang lỗi đang mở trong Chromium tự tải lại danh sách đoàn viên, ${Date.now() - restarted} ms sau khi PostgreSQL chạy lại, không cần bấm gì`,
    );
    await browser.close();
    const same = await timed(`${base}/members`, { headers: { cookie: cookie ?? "" } });
    check(
      same.status === 200 && pageText(same.body).includes("Đoàn viên"),
      `GET /members với phiên đăng nhập cũ → ${same.status} trong ${same.ms} ms`,
    );
    cookie = await signIn(base, "uyvien@demo.vn", DEMO_PASSWORD);
    check(cookie !== null, "Đăng nhập mới (uyvien@demo.vn) sau sự cố");
    const after = await timed(`${base}/dashboard`, { headers: { cookie: cookie ?? "" } });
    check(
      after.status === 200 && pageText(after.body).includes("Tổng quan"),
      `GET /dashboard → ${after.status} trong ${after.ms} ms`,
    );
  } finally {
    await cleanup();
  }
  say("");
  say(
    failures === 0
      ? "KẾT QUẢ: ĐẠT — ứng dụng báo 503 bằng tiếng Việt khi mất cơ sở dữ liệu và tự phục hồi."
      : `KẾT QUẢ: ${failures} bước LỖI.`,
  );
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((err) => {
  console.error(`${clock()} Kịch bản dừng vì lỗi: ${(err as Error).message}`);
  process.exit(1);
});

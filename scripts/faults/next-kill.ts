// `npm run fault:next-kill`: runs the launcher (`npm start`: embedded PostgreSQL + Next) on its own
// data, puts it under load (pages, health, sign-in attempts that each commit a row), kills the Next
// process with SIGKILL, and shows as a transcript that the launcher has it back within 10 s, that
// PostgreSQL never stopped (same postmaster, alive at every 100 ms check), and that every sign-in
// attempt the app acknowledged is still in the database. Uses the build in NEXT_DIST_DIR (default
// .next; the launcher builds it if missing). Exit code 1 if any check fails.
import { resolve } from "node:path";
import pg from "pg";
import { transcript } from "./cluster";
import { timed } from "./db-down-http";
import { alive, startLauncher } from "./launcher";

const dir = resolve(process.env.FAULT_DIR ?? "/tmp/scd-fault-next-kill");
const port = Number(process.env.PORT ?? 3106);
const dbPort = Number(process.env.SCD_DB_PORT ?? 54616);
const say = transcript();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let failed = 0;
const check = (ok: boolean, m: string) => {
  if (!ok) failed++;
  say(`${ok ? "ĐẠT " : "LỖI "} ${m}`);
};

/** One failed sign-in through next-auth's endpoint; the attempt row commits before the answer. */
async function attempt(base: string, email: string) {
  const csrf = await timed(`${base}/api/auth/csrf`, {}, 5000);
  if (csrf.status !== 200) return false;
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await timed(
    `${base}/api/auth/callback/credentials`,
    {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ csrfToken, email, password: "Sai@12345", callbackUrl: `${base}/` }),
    },
    5000,
  );
  // A refused sign-in redirects to the form with CredentialsSignin: the attempt's row was committed.
  return /error=CredentialsSignin/.test(res.headers.get("location") ?? "");
}

async function main() {
  say(`Khởi động trình chạy (npm start) ở cổng ${port}, PostgreSQL nhúng ở cổng ${dbPort}, dữ liệu ${dir}`);
  const app = await startLauncher({ dir, port, dbPort });
  const { base, waitHealthy } = app;
  try {
    say(`Ứng dụng trả lời /api/health 200.`);
    const pgPid = app.postmasterPid();
    const db = new pg.Client({ connectionString: app.dbUrl });
    await db.connect();
    const count = async (sql: string) => Number((await db.query(sql)).rows[0].n);
    const membersBefore = await count(`SELECT count(*) AS n FROM "Member"`);
    const auditBefore = await count(`SELECT count(*) AS n FROM "AuditLog"`);

    // PostgreSQL watched every 100 ms for the whole run.
    let pgDown = 0;
    const watch = setInterval(() => {
      if (!alive(pgPid) || app.postmasterPid() !== pgPid) pgDown++;
    }, 100);

    // Load: 6 workers, each sign-in attempt with an address of its own.
    const acknowledged: string[] = [];
    let loadOn = true;
    let requests = 0;
    const tag = `kill-${Date.now().toString(36)}`;
    const worker = async (w: number) => {
      for (let i = 0; loadOn; i++) {
        const email = `${tag}-${w}-${i}@test.vn`;
        requests += 3;
        if (await attempt(base, email)) acknowledged.push(email);
        const page = await timed(`${base}/login`, {}, 5000);
        if (!loadOn) break;
        // While Next is down, a user's browser retries now and then, not in a tight loop.
        await sleep(page.status === 0 ? 500 : 20);
      }
    };
    const load = Promise.all(Array.from({ length: 6 }, (_, w) => worker(w)));
    await sleep(4000);
    const nextPid = app.nextPid();
    const ackBefore = acknowledged.length;
    say(`Dưới tải: ${ackBefore} lần đăng nhập sai đã được trả lời. Giết Next (PID ${nextPid}) bằng SIGKILL.`);
    process.kill(nextPid, "SIGKILL");
    const killedAt = Date.now();
    await sleep(200);
    const back = await waitHealthy(30_000);
    const downMs = Date.now() - killedAt;
    check(
      back !== null && downMs < 10_000,
      `Ứng dụng trả lời lại sau ${(downMs / 1000).toFixed(1)} s (giới hạn 10 s)`,
    );
    const newPid = app.nextPid();
    check(newPid !== nextPid && alive(newPid), `Next chạy lại với PID mới ${newPid}`);
    await sleep(3000);
    loadOn = false;
    await load;
    clearInterval(watch);
    check(pgDown === 0 && alive(pgPid), `PostgreSQL không dừng lúc nào (postmaster PID ${pgPid})`);
    const stored = new Set(
      (await db.query(`SELECT key FROM "LoginAttempt" WHERE key LIKE $1`, [`email:${tag}-%`])).rows.map((r) =>
        (r.key as string).slice("email:".length),
      ),
    );
    const lost = acknowledged.filter((e) => !stored.has(e));
    check(
      lost.length === 0,
      `Cả ${acknowledged.length} lần đăng nhập sai đã được trả lời đều còn trong cơ sở dữ liệu (${stored.size} dòng; mất ${lost.length})`,
    );
    check(
      (await count(`SELECT count(*) AS n FROM "Member"`)) === membersBefore &&
        (await count(`SELECT count(*) AS n FROM "AuditLog"`)) >= auditBefore,
      `Đoàn viên (${membersBefore}) và nhật ký còn nguyên`,
    );
    say(`Tổng cộng khoảng ${requests} yêu cầu trong lúc chạy.`);
    await db.end();
  } finally {
    await app.stop();
  }
  say(failed ? `${failed} kiểm tra KHÔNG đạt.` : "Mọi kiểm tra đều đạt.");
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

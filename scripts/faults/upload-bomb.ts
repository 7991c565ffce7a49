// `npm run fault:upload-bomb`: the "Excel bomb" of the red-team report against the real service
// (`npm start` on data of its own, the build in NEXT_DIST_DIR). It generates the 340,000 rows ×
// 100 cells workbook (2.1 MB that expands to 517 MB), uploads it as the chủ tịch once and then
// three times at once, and shows as a transcript: each upload refused with a Vietnamese message
// within a few seconds; the web server's memory (the Next process, parsers excluded) under
// RSS_BOUND_MB; a signed-in probe of /me every 200 ms answered under 1 s throughout; /api/health
// 200 throughout. Exit code 1 if any check fails.
import { resolve } from "node:path";
import { transcript } from "./cluster";
import { signIn, timed } from "./db-down-http";
import { descendants, rssMb, startLauncher } from "./launcher";
import { DEMO_PASSWORD } from "../../prisma/demo-seed";
import { excelBomb } from "../lib/excel-bomb";

const dir = resolve(process.env.FAULT_DIR ?? "/tmp/scd-fault-upload-bomb");
const port = Number(process.env.PORT ?? 3106);
const dbPort = Number(process.env.SCD_DB_PORT ?? 54616);
/** The bound the web server's memory must stay under during the uploads. */
const RSS_BOUND_MB = Number(process.env.RSS_BOUND_MB ?? 600);
const say = transcript();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let failed = 0;
const check = (ok: boolean, m: string) => {
  if (!ok) failed++;
  say(`${ok ? "ĐẠT " : "LỖI "} ${m}`);
};

async function main() {
  say("Tạo tệp bom Excel 340.000 dòng × 100 ô…");
  const { file, expandedBytes } = await excelBomb({ rows: 340_000, cols: 100, level: 9 });
  say(`Tệp ${(file.length / 1e6).toFixed(1)} MB, giải nén ra ${(expandedBytes / 1e6).toFixed(0)} MB.`);
  const app = await startLauncher({ dir, port, dbPort });
  const { base } = app;
  try {
    const cookie = await signIn(base, "chutich@demo.vn", DEMO_PASSWORD);
    if (!cookie) throw new Error("không đăng nhập được chutich@demo.vn");
    const nextPid = app.nextPid();
    // The web server: the Next process and whatever it runs, except the file parsers.
    const serverRss = () =>
      rssMb(nextPid) +
      descendants(nextPid)
        .filter((d) => !d.cmd.includes("read-sheet-child"))
        .reduce((sum, d) => sum + rssMb(d.pid), 0);
    const parserRss = () =>
      descendants(nextPid)
        .filter((d) => d.cmd.includes("read-sheet-child"))
        .reduce((sum, d) => sum + rssMb(d.pid), 0);
    const warm = await timed(`${base}/me`, { headers: { cookie } });
    check(warm.status === 200, `GET /me đã đăng nhập → ${warm.status} (${warm.ms} ms, lượt đầu)`);
    const baseline = serverRss();
    say(
      `Bộ nhớ máy chủ web (RSS của Next) lúc đầu: ${baseline.toFixed(0)} MB; giới hạn đặt ra: ${RSS_BOUND_MB} MB.`,
    );

    // The same probe with no upload, for comparison (a loaded machine is slow without any bomb).
    for (let i = 0; i < 3; i++) await timed(`${base}/me`, { headers: { cookie } });
    const quiet: number[] = [];
    for (let i = 0; i < 15; i++) {
      quiet.push((await timed(`${base}/me`, { headers: { cookie } })).ms);
      await sleep(200);
    }
    quiet.sort((a, b) => a - b);
    say(
      `Không tải lên: /me lâu nhất ${quiet[quiet.length - 1]} ms, trung vị ${quiet[7]} ms (${quiet.length} lần).`,
    );

    // Probes every 200 ms for the whole run.
    const stats = { me: [] as number[], meBad: 0, healthBad: 0, rssPeak: baseline, parserPeak: 0 };
    let probing = true;
    const probe = (async () => {
      while (probing) {
        const [me, health] = await Promise.all([
          timed(`${base}/me`, { headers: { cookie } }, 5000),
          timed(`${base}/api/health`, {}, 5000),
        ]);
        stats.me.push(me.ms);
        if (me.status !== 200) stats.meBad++;
        if (health.status !== 200) stats.healthBad++;
        await sleep(200);
      }
    })();
    const sampler = setInterval(() => {
      stats.rssPeak = Math.max(stats.rssPeak, serverRss());
      stats.parserPeak = Math.max(stats.parserPeak, parserRss());
    }, 50);

    const uploadOnce = async () => {
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array(file)]), "bom-340000x100.xlsx");
      const started = Date.now();
      const res = await timed(`${base}/api/members/import`, {
        method: "POST",
        body: form,
        headers: { cookie, origin: base },
      });
      if (res.status !== 202)
        return { ms: Date.now() - started, status: `HTTP ${res.status}`, error: res.body };
      const { id } = JSON.parse(res.body) as { id: string };
      for (;;) {
        const job = await timed(`${base}/api/members/import/${id}`, { headers: { cookie } });
        const j = JSON.parse(job.body) as { status: string; error: string | null };
        if (j.status !== "PARSING" || Date.now() - started > 120_000)
          return { ms: Date.now() - started, status: j.status, error: j.error ?? "" };
        await sleep(400); // as the import page polls
      }
    };

    await sleep(1000);
    say("— Một lần tải lên —");
    const one = await uploadOnce();
    check(
      one.status === "FAILED" && one.ms < 5000 && /^Tệp /.test(one.error),
      `Bị từ chối sau ${(one.ms / 1000).toFixed(1)} s: «${one.error}»`,
    );
    await sleep(1000);
    say("— Ba lần tải lên cùng lúc —");
    const three = await Promise.all([uploadOnce(), uploadOnce(), uploadOnce()]);
    for (const [i, r] of three.entries())
      check(
        r.status === "FAILED" && r.ms < 10_000 && /^Tệp /.test(r.error),
        `Tệp ${i + 1}: bị từ chối sau ${(r.ms / 1000).toFixed(1)} s: «${r.error}»`,
      );
    await sleep(1000);
    probing = false;
    await probe;
    clearInterval(sampler);

    const sorted = [...stats.me].sort((a, b) => a - b);
    const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
    check(
      stats.rssPeak < RSS_BOUND_MB,
      `Bộ nhớ máy chủ web cao nhất ${stats.rssPeak.toFixed(0)} MB (lúc đầu ${baseline.toFixed(0)} MB, giới hạn ${RSS_BOUND_MB} MB); trình đọc tệp (tiến trình riêng) cao nhất ${stats.parserPeak.toFixed(0)} MB`,
    );
    check(
      stats.meBad === 0 && sorted.length > 0 && sorted[sorted.length - 1] < 1000,
      `${sorted.length} lần thăm dò /me: lâu nhất ${sorted[sorted.length - 1]} ms, p95 ${p95} ms, trung vị ${sorted[Math.floor(sorted.length / 2)]} ms, lỗi ${stats.meBad}`,
    );
    check(stats.healthBad === 0, `/api/health luôn 200 (${stats.healthBad} lần khác 200)`);
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

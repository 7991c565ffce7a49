// The member import's upload: a formula cell previews as its text; the Excel bomb is refused
// within seconds while the server stays small and answers; a killed Next process comes back.
import { readFileSync, statSync } from "node:fs";
import { type Check, type Ctx, fail, pass } from "./context";
import { db, listenerPid, rssMb, waitForHealth } from "./server";
import { bombXlsx, formulaXlsx } from "./xlsx";

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
const MEMORY_MB = Number(process.env.REDTEAM_MEMORY_MB ?? 1024);
const REFUSE_SECONDS = Number(process.env.REDTEAM_BOMB_SECONDS ?? 10);
const GIVE_UP_SECONDS = 90;
const TERMINAL = new Set(["PREVIEW", "DONE", "FAILED", "CANCELLED"]);

type Upload = { status: number; jobStatus?: string; error?: string; seconds: number };

async function uploadAndWait(ctx: Ctx, file: Blob, name: string, limitSeconds: number): Promise<Upload> {
  const t = performance.now();
  const seconds = () => (performance.now() - t) / 1000;
  const r = await ctx.as.chair.upload("/api/members/import", file, name);
  if (r.status !== 202)
    return { status: r.status, error: String(r.json?.error ?? r.text.slice(0, 120)), seconds: seconds() };
  const id = String(r.json?.id);
  while (seconds() < limitSeconds) {
    const p = await ctx.as.chair.fetch(`/api/members/import/${id}`).catch(() => null);
    const job = p && p.status === 200 ? ((await p.json()) as { status: string; error?: string }) : null;
    if (job && TERMINAL.has(job.status))
      return { status: 202, jobStatus: job.status, error: job.error ?? undefined, seconds: seconds() };
    await sleep(250);
  }
  return { status: 202, jobStatus: "PARSING (bỏ chờ)", seconds: seconds() };
}

/** Samples the Next process' memory, a signed-in page and /api/health while `work` runs. */
async function underWatch<T>(ctx: Ctx, work: () => Promise<T>) {
  const pid = listenerPid(ctx.target.port);
  const w = { peakMb: pid ? rssMb(pid) : 0, slowestMs: 0, probes: 0, healthBad: 0, stop: false };
  const memory = (async () => {
    while (!w.stop) {
      if (pid) w.peakMb = Math.max(w.peakMb, rssMb(pid));
      await sleep(100);
    }
  })();
  const probe = (async () => {
    while (!w.stop) {
      const t = performance.now();
      const me = await ctx.as.member.fetch("/me", { signal: AbortSignal.timeout(60_000) }).catch(() => null);
      await me?.arrayBuffer().catch(() => {});
      const h = await fetch(`${ctx.target.base}/api/health`, { signal: AbortSignal.timeout(60_000) }).catch(
        () => null,
      );
      if (h?.status !== 200) w.healthBad++;
      w.slowestMs = Math.max(w.slowestMs, performance.now() - t);
      w.probes++;
      await sleep(200);
    }
  })();
  try {
    return { result: await work(), watch: w, pid };
  } finally {
    w.stop = true;
    await Promise.all([memory, probe]);
  }
}

export const uploadChecks: Check[] = [
  {
    id: "formula-preview",
    finding: "a formula cell without a cached value previews as “[object Object]”",
    run: async (ctx) => {
      const path = "/tmp/redteam-formula.xlsx";
      await formulaXlsx(path);
      const r = await ctx.as.chair.upload(
        "/api/members/import",
        new Blob([readFileSync(path)]),
        "cong-thuc.xlsx",
      );
      if (r.status !== 202) return fail(`tải lên: HTTP ${r.status} ${r.text.slice(0, 120)}`);
      const id = String(r.json?.id);
      for (let i = 0; i < 120; i++) {
        const p = await ctx.as.chair.fetch(`/api/members/import/${id}`);
        const job = (await p.json()) as { status: string };
        if (TERMINAL.has(job.status)) break;
        await sleep(250);
      }
      const page = await ctx.as.chair.page(`/members/import/${id}`);
      const rows = await ctx.sql<{ cells: unknown }>(
        `SELECT cells FROM "MemberImportRow" WHERE "importId" = $1`,
        [id],
      );
      const stored = JSON.stringify(rows);
      const bad = page.html.includes("[object Object]") || stored.includes("[object Object]");
      return (bad ? fail : pass)(
        `${bad ? "“[object Object]” trong bản xem trước" : "không có “[object Object]”"}; ô đã lưu: ${stored.slice(0, 100)}`,
      );
    },
  },
  {
    id: "excel-bomb",
    finding: "a 340.000 × 100 .xlsx takes the server down (4 GB, 60 s, /me timing out)",
    run: async (ctx) => {
      const path = "/tmp/redteam-bomb-340000x100-v2.xlsx";
      const t = performance.now();
      const made = await bombXlsx(path);
      const size = statSync(path).size;
      const genNote = made.cached
        ? "tệp có sẵn"
        : `tạo trong ${((performance.now() - t) / 1000).toFixed(1)} s, XML ${(made.xmlBytes / 1e6).toFixed(0)} MB`;
      const file = new Blob([readFileSync(path)]);
      const lines: string[] = [`tệp ${(size / 1e6).toFixed(1)} MB (${genNote})`];
      let ok = true;
      for (const n of [1, 3]) {
        const { result, watch } = await underWatch(ctx, () =>
          Promise.all(
            Array.from({ length: n }, (_, i) =>
              uploadAndWait(ctx, file, `bom-${n}-${i}.xlsx`, GIVE_UP_SECONDS),
            ),
          ),
        );
        const refused = result.every((u) => (u.status >= 400 && u.status < 500) || u.jobStatus === "FAILED");
        const slowest = Math.max(...result.map((u) => u.seconds));
        const good =
          refused &&
          slowest <= REFUSE_SECONDS &&
          watch.peakMb <= MEMORY_MB &&
          watch.slowestMs < 1000 &&
          watch.healthBad === 0;
        ok &&= good;
        lines.push(
          `${n} tải lên: ${result.map((u) => `${u.jobStatus ?? u.status} ${u.seconds.toFixed(1)} s`).join(", ")}` +
            ` — “${result[0]?.error ?? ""}”; bộ nhớ Next đỉnh ${watch.peakMb.toFixed(0)} MB (giới hạn ${MEMORY_MB});` +
            ` /me chậm nhất ${watch.slowestMs.toFixed(0)} ms qua ${watch.probes} lần; /api/health lỗi ${watch.healthBad}`,
        );
        if (!good) break; // the server may be down: do not pile on
      }
      return (ok ? pass : fail)(lines.join(" | "));
    },
  },
  {
    id: "supervisor",
    finding: "when Next dies the launcher stops PostgreSQL and nothing restarts",
    run: async (ctx) => {
      if (!ctx.target.launcher) return pass("bỏ qua: máy chủ không do kịch bản này khởi động");
      const pid = listenerPid(ctx.target.port);
      if (!pid) return fail("không thấy tiến trình Next");
      const keep = db(ctx.target.databaseUrl);
      let lost: Error | null = null;
      keep.on("error", (err) => (lost = err)); // PostgreSQL stopped under us: the check fails, the script goes on
      await keep.connect();
      try {
        const started = (await keep.query("SELECT pg_postmaster_start_time() AS t")).rows[0].t as Date;
        const [{ n: before }] = (await keep.query(`SELECT count(*)::int AS n FROM "Member"`)).rows as {
          n: number;
        }[];
        process.kill(pid, "SIGKILL");
        const t = performance.now();
        let back = true;
        await waitForHealth(ctx.target.base, 10_000).catch(() => (back = false));
        const seconds = ((performance.now() - t) / 1000).toFixed(1);
        const again = (await keep.query("SELECT pg_postmaster_start_time() AS t")).rows[0].t as Date;
        const [{ n: after }] = (await keep.query(`SELECT count(*)::int AS n FROM "Member"`)).rows as {
          n: number;
        }[];
        const pgSame = again.getTime() === started.getTime();
        const detail = `Next (pid ${pid}) bị giết: ${back ? `trở lại sau ${seconds} s` : "KHÔNG trở lại trong 10 s"}; PostgreSQL ${pgSame ? "không dừng" : "ĐÃ KHỞI ĐỘNG LẠI"}; đoàn viên ${before} → ${after}`;
        return (back && pgSame && after === before ? pass : fail)(detail);
      } catch (err) {
        const down = (lost as Error | null)?.message ?? (err as Error).message;
        const up = await waitForHealth(ctx.target.base, 1000).then(
          () => "Next đã trở lại",
          () => "Next không trở lại",
        );
        return fail(`Next bị giết → PostgreSQL bị dừng theo (${down}); ${up}`);
      } finally {
        await keep.end().catch(() => {});
      }
    },
  },
];

// `npm run redteam`: replays the red-team report's findings against a built server and fails if
// any comes back. Build first (`npx next build`); the script starts a throw-away instance with
// scripts/start.ts (PORT, SCD_DB_PORT; default 3207 / 54627), or tests a running one given
// REDTEAM_URL and REDTEAM_DATABASE_URL. REDTEAM_ONLY=id,id runs some checks; REDTEAM_MEMORY_MB
// (default 1024) is the bound on the Next process' memory during the bomb uploads.
// Each check is in scripts/redteam/checks-*.ts; docs/security.md lists what they guard.
import { authChecks } from "./checks-auth";
import { inputChecks } from "./checks-input";
import { privacyChecks } from "./checks-privacy";
import { uploadChecks } from "./checks-uploads";
import { type Check, makeContext } from "./context";
import { startTarget } from "./server";

// Order matters: the sign-in checks lock accounts (ubkt) and the last two may take the server down.
const CHECKS: Check[] = [
  ...privacyChecks,
  ...inputChecks,
  uploadChecks[0],
  ...authChecks,
  ...uploadChecks.slice(1),
];

async function main() {
  const only = process.env.REDTEAM_ONLY?.split(",").map((s) => s.trim());
  const checks = only ? CHECKS.filter((c) => only.includes(c.id)) : CHECKS;
  const t0 = performance.now();
  const target = await startTarget(process.cwd());
  console.log(`Máy chủ: ${target.base} (khởi động ${((performance.now() - t0) / 1000).toFixed(0)} s)\n`);
  let failed = 0;
  try {
    const ctx = await makeContext(target);
    for (const c of checks) {
      const t = performance.now();
      const r = await c
        .run(ctx)
        .catch((err: Error) => ({ ok: false, detail: `lỗi khi kiểm: ${err.message}` }));
      if (!r.ok) failed++;
      const s = ((performance.now() - t) / 1000).toFixed(1).padStart(5);
      console.log(`${r.ok ? "PASS" : "FAIL"} ${c.id.padEnd(22)} ${s} s  ${c.finding}\n     → ${r.detail}`);
    }
  } finally {
    await target.stop();
  }
  console.log(
    `\n${checks.length - failed}/${checks.length} đạt${failed ? `; ${failed} phát hiện còn nguyên` : ""}.`,
  );
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});

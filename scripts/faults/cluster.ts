// Shared by the kill-the-database scripts (import-kill.ts, rating-kill.ts): a transcript clock and
// a real crash of the embedded PostgreSQL cluster.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** `say("…")` prints "[  1.5 s] …", seconds since the script started. */
export function transcript() {
  const started = Date.now();
  return (m: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${m}`);
}

/** SIGKILL the postmaster and every process it started: a crash of the database server, not a shutdown. */
export function killCluster(dataDir: string): number[] {
  const pid = Number(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  const children = readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/stat`, "utf8").split(") ")[1].split(" ")[1] === String(pid);
      } catch {
        return false;
      }
    });
  const pids = [pid, ...children.map(Number)];
  for (const p of pids) process.kill(p, "SIGKILL");
  return pids;
}

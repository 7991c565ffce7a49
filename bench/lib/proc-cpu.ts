// CPU time of a server process and its children, from /proc (Linux): utime + stime, in ms. A busy
// shared machine stretches wall time but not this (decision 0074).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

let tickMs: number | null = null;

/** CPU time (ms) of a process and every descendant still running. */
export function cpuMs(pid: number): number {
  tickMs ??= 1000 / Number(spawnSync("getconf", ["CLK_TCK"]).stdout.toString().trim() || 100);
  const stats = new Map<number, { ppid: number; cpu: number }>();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const raw = readFileSync(`/proc/${d}/stat`, "utf8");
      const f = raw.slice(raw.lastIndexOf(")") + 2).split(" ");
      // After "pid (comm) ": state ppid … utime (field 14) stime (15), i.e. f[11], f[12].
      stats.set(Number(d), { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) * tickMs });
    } catch {
      /* gone */
    }
  }
  let total = 0;
  const todo = [pid];
  while (todo.length) {
    const p = todo.pop()!;
    total += stats.get(p)?.cpu ?? 0;
    for (const [child, s] of stats) if (s.ppid === p) todo.push(child);
  }
  return total;
}

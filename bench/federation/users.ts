// 50 people over 20 CĐCS (and their cấp trên): each person belongs to one unit and walks that
// unit's page mix, reading each page for a while (exponential think time with mean THINK_MS, as
// bench/lib/users.ts). Person i works in unit i % 20; every tenth person is the cấp trên's staff.
import type { LoadResult } from "../lib/load";
import { percentile } from "../lib/stats";
import { THINK_MS } from "../lib/users";

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The run's figures, and each page's own (member pages folded into one `/members/[id]`). */
export type PeopleResult = LoadResult & { byPath: { path: string; n: number; p50: number; p95: number }[] };

export async function runPeople(
  base: string,
  mixes: { path: string; cookie: string }[][],
  o: { users?: number; seconds?: number; thinkMs?: number } = {},
): Promise<PeopleResult> {
  const users = o.users ?? 50;
  const seconds = o.seconds ?? 60;
  const thinkMs = o.thinkMs ?? THINK_MS;
  const rnd = random(2026);
  const times: number[] = [];
  const byPath = new Map<string, number[]>();
  let errors = 0;
  let non2xx = 0;
  const started = Date.now();
  const deadline = started + seconds * 1000;
  const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

  async function person(i: number) {
    const mix = mixes[i % mixes.length];
    let next = i % mix.length;
    await sleep(rnd() * thinkMs);
    while (Date.now() < deadline) {
      const m = mix[next];
      next = (next + 1) % mix.length;
      const t = performance.now();
      try {
        const res = await fetch(base + m.path, {
          headers: { cookie: m.cookie },
          redirect: "manual",
          signal: AbortSignal.timeout(20_000),
        });
        await res.arrayBuffer();
        const took = performance.now() - t;
        times.push(took);
        const key = m.path.replace(/\/members\/[^/?]+/, "/members/[id]");
        byPath.set(key, [...(byPath.get(key) ?? []), took]);
        if (res.status < 200 || res.status >= 300) non2xx++;
      } catch {
        errors++;
      }
      await sleep(-Math.log(1 - rnd()) * thinkMs);
    }
  }

  await Promise.all(Array.from({ length: users }, (_, i) => person(i)));
  const elapsed = (Date.now() - started) / 1000;
  return {
    connections: users,
    seconds,
    thinkMs,
    requests: times.length + errors,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors,
    non2xx,
    rps: (times.length + errors) / elapsed,
    mix: [`${mixes.length} đơn vị`],
    byPath: [...byPath].map(([path, t]) => ({
      path,
      n: t.length,
      p50: percentile(t, 50),
      p95: percentile(t, 95),
    })),
  };
}

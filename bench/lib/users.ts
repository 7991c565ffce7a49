// 50 people using the app at once: each opens a page of the mix, reads it for a while (think time,
// exponential with a mean of THINK_MS), opens the next one. Users start at random moments and in
// different places of the mix, as real people do, so requests arrive spread out, not in bursts.
//
// Why not autocannon's `overallRate`: it lowers the connection count to the rate (10 connections
// for 10 req/s, not 50 users) and every connection fires at the same second boundary, so the
// server sees a burst of simultaneous requests each second. autocannon still measures the
// closed-loop capacity (bench/lib/load.ts): every connection back to back, no one reading.
import { baseUrl } from "./app-server";
import type { Cookies } from "./client";
import type { LoadResult } from "./load";
import { percentile } from "./stats";
import type { BenchUser } from "./types";

export const THINK_MS = 5000;

/** A small seeded generator, so that two runs send the same sequence. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function runUsers(
  cookies: Cookies,
  mix: { path: string; as: BenchUser }[],
  o: { users?: number; seconds?: number; thinkMs?: number; base?: string } = {},
): Promise<LoadResult> {
  const users = o.users ?? 50;
  const seconds = o.seconds ?? 60;
  const thinkMs = o.thinkMs ?? THINK_MS;
  const base = o.base ?? baseUrl;
  const rnd = random(2026);
  const times: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const started = Date.now();
  const deadline = started + seconds * 1000;
  const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

  async function user(i: number) {
    let next = i % mix.length;
    await sleep(rnd() * thinkMs);
    while (Date.now() < deadline) {
      const m = mix[next];
      next = (next + 1) % mix.length;
      const t = performance.now();
      try {
        const res = await fetch(base + m.path, {
          headers: { cookie: cookies[m.as] },
          redirect: "manual",
          signal: AbortSignal.timeout(20_000),
        });
        await res.arrayBuffer();
        times.push(performance.now() - t);
        if (res.status < 200 || res.status >= 300) non2xx++;
      } catch {
        errors++;
      }
      await sleep(-Math.log(1 - rnd()) * thinkMs);
    }
  }

  await Promise.all(Array.from({ length: users }, (_, i) => user(i)));
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
    mix: mix.map((m) => `${m.path} (${m.as})`),
  };
}

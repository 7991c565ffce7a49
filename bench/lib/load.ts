// The page mix of the load runs, and the capacity run: 50 autocannon connections on loopback, each
// firing back to back, every response timed by autocannon itself (p95 from every response).
import autocannon from "autocannon";
import { baseUrl } from "./app-server";
import type { Cookies } from "./client";
import { percentile } from "./stats";
import type { BenchIds, BenchUser } from "./types";

/** `thinkMs`: people reading each page for that long on average (bench/lib/users.ts); without it, autocannon's closed loop. */
export type LoadResult = {
  thinkMs?: number;
  connections: number;
  seconds: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  rps: number;
  mix: string[];
};

export function loadMix(ids: BenchIds): { path: string; as: BenchUser }[] {
  const someone = (n: number) => `bm${String(1000 + n * 997).padStart(6, "0")}`;
  return [
    { path: "/members", as: "chair" },
    { path: "/members?q=nguyen+thi+lan", as: "chair" },
    { path: "/dashboard", as: "chair" },
    { path: `/members/${someone(1)}`, as: "chair" },
    { path: "/members?page=7&sort=-joined", as: "chair" },
    { path: "/groups", as: "chair" },
    { path: "/me", as: "member" },
    { path: "/members", as: "leader" },
    { path: `/members/${ids.memberIdOf.member}`, as: "leader" },
    { path: `/members?q=${encodeURIComponent("Trần Văn")}`, as: "chair" },
    { path: `/members/${someone(2)}`, as: "chair" },
    { path: "/me", as: "leader" },
  ];
}

/** The capacity: every connection fires back to back, nobody reads (people with think time: bench/lib/users.ts). */
export function runLoad(
  cookies: Cookies,
  mix: { path: string; as: BenchUser }[],
  seconds = 20,
  connections = 50,
  base = baseUrl,
  /** A fixed number of requests instead of a duration (bench/compare.ts). */
  amount?: number,
): Promise<LoadResult> {
  const times: number[] = [];
  return new Promise((ok, fail) => {
    const instance = autocannon(
      {
        url: base,
        connections,
        ...(amount ? { amount } : { duration: seconds }),
        timeout: amount ? 120 : 20,
        requests: mix.map((m) => ({ method: "GET", path: m.path, headers: { cookie: cookies[m.as] } })),
      },
      (err, r) => {
        if (err) return fail(err);
        ok({
          connections,
          seconds,
          requests: r.requests.total,
          p50: percentile(times, 50),
          p95: percentile(times, 95),
          p99: percentile(times, 99),
          errors: r.errors + r.timeouts,
          non2xx: r.non2xx,
          rps: r.requests.average,
          mix: mix.map((m) => `${m.path} (${m.as})`),
        });
      },
    );
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) =>
      times.push(responseTime),
    );
  });
}

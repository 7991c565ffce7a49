// `npx tsx bench/lib/profile-summary.ts <file.cpuprofile> [--window <µs>-<µs>] [--requests 200] [--top 30]
// [--frames=name,name]`: where a
// server's CPU went, from a V8 profile (`bench/floor.ts --cpu-prof <folder>`). Prints the busy time
// by where the code lives (a package, Next's page runtime, the app's own server chunks, Node
// itself), the functions with the most self time, and the time under a few frames of interest
// (inclusive), in ms per request when --requests is given.
import { readFileSync } from "node:fs";

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number };

const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};

/** Where a frame's code lives. */
export function place(url: string, fn: string): string {
  if (!url) return fn === "(garbage collector)" ? "GC" : fn.startsWith("(") ? fn : "native / V8 builtins";
  if (url.startsWith("node:")) return `node:${url.slice(5).split("/")[0]}`;
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + 13).split("/");
    if (rest[0] === "next") {
      const f = rest.slice(1).join("/");
      if (f.includes("app-page")) return "next: app-page runtime (RSC + HTML render)";
      if (f.includes("compiled/")) return `next/compiled/${f.split("compiled/")[1].split("/")[0]}`;
      return `next/${rest.slice(1, 4).join("/")}`;
    }
    return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const chunk = /\/server\/(chunks\/(?:ssr\/)?|app\/)(.*)$/.exec(url);
  if (chunk) return `app server chunk: ${chunk[2].replace(/_[0-9a-z]{8,}\._?\.js$|\.js$/, "")}`;
  return url;
}

function main() {
  const file = argv.find((a) => a.endsWith(".cpuprofile"));
  if (!file) throw new Error("usage: profile-summary.ts <file.cpuprofile>");
  const per = Number(opt("requests") ?? 1);
  const top = Number(opt("top") ?? 30);
  const p = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Only the measured requests (bench/floor.ts prints the window), not the server's start-up.
  const [from, to] = (opt("window") ?? "0-Infinity").split("-").map(Number);
  const self = new Map<number, number>();
  let at = p.startTime;
  p.samples.forEach((id, i) => {
    at += p.timeDeltas[i] ?? 0;
    if (at >= from && at <= to) self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });

  const byPlace = new Map<string, number>();
  const byFn = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const INTEREST = (argv.find((a) => a.startsWith("--frames="))?.slice(9) ?? "").split(",").filter(Boolean);
  let busy = 0;
  for (const [id, t] of self) {
    const n = byId.get(id)!;
    const { functionName: fn, url, lineNumber } = n.callFrame;
    if (fn === "(idle)" || fn === "(program)") continue;
    busy += t;
    const where = place(url, fn);
    byPlace.set(where, (byPlace.get(where) ?? 0) + t);
    const key = `${fn || "(anonymous)"} ${where}:${lineNumber + 1}`;
    byFn.set(key, (byFn.get(key) ?? 0) + t);
    // Inclusive: each frame of interest on this sample's stack, counted once.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame;
      const label = place(f.url, f.functionName);
      for (const want of INTEREST)
        if ((f.functionName === want || label.includes(want)) && !seen.has(want)) {
          seen.add(want);
          inclusive.set(want, (inclusive.get(want) ?? 0) + t);
        }
    }
  }
  const fmt = (v: number) => (v / per).toFixed(2);
  console.log(`busy ${fmt(busy)} ms${per > 1 ? " per request" : ""}\n\n| Where | ms |\n|---|---:|`);
  for (const [k, v] of [...byPlace].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`| ${k} | ${fmt(v)} |`);
  console.log(`\n| Function (self) | ms |\n|---|---:|`);
  for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`| ${k} | ${fmt(v)} |`);
  if (INTEREST.length) {
    console.log(`\n| Under (inclusive) | ms |\n|---|---:|`);
    for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1])) console.log(`| ${k} | ${fmt(v)} |`);
  }
}

main();

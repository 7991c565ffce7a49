// The client JavaScript a page ships: every <script src> of its HTML, read from the build
// directory and gzipped, summed.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { BENCH_DIST } from "./app-server";

export function scriptSources(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) out.add(m[1].replace(/&amp;/g, "&"));
  return [...out];
}

export function gzipBytes(html: string): { bytes: number; files: number; missing: string[] } {
  let bytes = 0;
  const missing: string[] = [];
  const srcs = scriptSources(html).filter((s) => s.includes("/_next/static/"));
  for (const src of srcs) {
    const rel = decodeURIComponent(src.split("/_next/static/")[1].split("?")[0]);
    const file = join(process.cwd(), BENCH_DIST, "static", rel);
    if (!existsSync(file)) {
      missing.push(rel);
      continue;
    }
    bytes += gzipSync(readFileSync(file)).length;
  }
  return { bytes, files: srcs.length, missing };
}

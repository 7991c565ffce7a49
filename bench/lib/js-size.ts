// The client JavaScript a page ships: every <script src> of its HTML, read from the build
// directory and gzipped, summed.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { BENCH_DIST } from "./app-server";

/**
 * The scripts a current browser downloads. A `nomodule` script (Next's polyfills for browsers
 * without ES modules, 39 KB) is skipped by every browser that runs the app, so it is not counted.
 */
export function scriptSources(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<script([^>]+)>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[1]);
    if (src && !/\bnomodule\b/i.test(m[1])) out.add(src[1].replace(/&amp;/g, "&"));
  }
  return [...out];
}

/** `root`: the checkout whose build served the page (the current one by default; bench/compare.ts weighs two). */
export function gzipBytes(
  html: string,
  root = process.cwd(),
): { bytes: number; files: number; missing: string[] } {
  let bytes = 0;
  const missing: string[] = [];
  const srcs = scriptSources(html).filter((s) => s.includes("/_next/static/"));
  for (const src of srcs) {
    const rel = decodeURIComponent(src.split("/_next/static/")[1].split("?")[0]);
    const file = join(root, BENCH_DIST, "static", rel);
    if (!existsSync(file)) {
      missing.push(rel);
      continue;
    }
    bytes += gzipSync(readFileSync(file)).length;
  }
  return { bytes, files: srcs.length, missing };
}

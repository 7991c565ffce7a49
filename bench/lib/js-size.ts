// The client JavaScript a page ships: every <script src> of its HTML, and every chunk its inline
// RSC payload names (the client components' code, which a webpack build loads from the payload
// rather than from a tag), read from the build directory and gzipped, summed.
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

/**
 * The chunks the page's RSC payload names for its client components ("static/chunks/….js" in the
 * `self.__next_f.push` scripts): a browser loads them while hydrating. Turbopack also writes them
 * as tags; webpack (`next build --webpack`) does not, and a count of tags alone then misses the
 * forms' code (react-hook-form included: about 20 KB on /members/new).
 */
export function payloadChunks(html: string): string[] {
  const inline = html.replace(/<script[^>]*\bsrc="[^"]*"[^>]*>/g, "");
  return [...new Set([...inline.matchAll(/\bstatic\/(chunks\/[^"\\\s]+?\.js)\b/g)].map((m) => m[1]))];
}

/** `root`: the checkout whose build served the page (the current one by default; bench/compare.ts weighs two). */
export function gzipBytes(
  html: string,
  root = process.cwd(),
): { bytes: number; files: number; missing: string[] } {
  let bytes = 0;
  const missing: string[] = [];
  const tags = scriptSources(html)
    .filter((s) => s.includes("/_next/static/"))
    .map((src) => decodeURIComponent(src.split("/_next/static/")[1].split("?")[0]));
  const srcs = [...new Set([...tags, ...payloadChunks(html).map((c) => decodeURIComponent(c))])];
  for (const rel of srcs) {
    const file = join(root, BENCH_DIST, "static", rel);
    if (!existsSync(file)) {
      missing.push(rel);
      continue;
    }
    bytes += gzipSync(readFileSync(file)).length;
  }
  return { bytes, files: srcs.length, missing };
}

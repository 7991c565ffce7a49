// `npx tsx bench/js-by-module.ts [--dist .next-perf-maps] [--page "(app)/me/password"] [--top 25]`:
// where the gzip KB of a page's client JavaScript come from, package by package (issue 19, item 6;
// decision 0096). Needs a build with browser source maps:
//   PERF_MAPS=1 NEXT_DIST_DIR=.next-perf-maps npx next build
// The page's chunks are what its HTML loads (bench/lib/js-size.ts counts the same): the build's
// root main files (on every page) and the chunks of the page's segments (root layout, error
// boundaries, the (app) layout, the page) from its client reference manifest. Every generated
// character is given to the source its source-map segment names; a chunk's gzip size is shared out
// in proportion (an estimate: gzip compresses some code better than other).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { decode } from "@jridgewell/sourcemap-codec";

const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const DIST = opt("dist") ?? ".next-perf-maps";
const PAGE = opt("page");
const TOP = Number(opt("top") ?? 25);

type RawMap = {
  sources?: string[];
  mappings?: string;
  sections?: { offset: { line: number; column: number }; map: RawMap }[];
};

/** The package (or our own top folder) a source path belongs to. */
export function owner(source: string): string {
  const s = source.replace(/^turbopack:\/\/\/?/, "").replace(/^\[project\]\//, "");
  const nm = s.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = s.slice(nm + "node_modules/".length).split("/");
    const pkg = rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
    // Next vendors React and friends in next/dist/compiled/<name>: name them as packages.
    if (pkg === "next" && rest[1] === "dist" && rest[2] === "compiled") return rest[3];
    // Next's own code, by folder (next/src/client/components/router-reducer…).
    if (pkg === "next")
      return `next: ${rest
        .slice(1, rest[3] === "components" ? 5 : 4)
        .filter((x) => !x.includes("."))
        .join("/")}`;
    return pkg;
  }
  if (s.startsWith("[turbopack]") || s.includes("turbopack")) return "turbopack runtime";
  return `(ours) ${s.split("/").slice(0, 2).join("/")}`;
}

/** Generated characters per source, for one map (sections flattened). */
function charsBySource(map: RawMap, lines: string[], out: Map<string, number>, line0 = 0, col0 = 0) {
  if (map.sections) {
    map.sections.forEach((sec, i) => {
      const next = map.sections![i + 1];
      const end = next ? next.offset.line : Infinity;
      charsBySourceRange(sec.map, lines, out, line0 + sec.offset.line, sec.offset.column, line0 + end);
    });
    return;
  }
  charsBySourceRange(map, lines, out, line0, col0, Infinity);
}

function charsBySourceRange(
  map: RawMap,
  lines: string[],
  out: Map<string, number>,
  line0: number,
  col0: number,
  lineEnd: number,
) {
  if (map.sections) return charsBySource(map, lines, out, line0, col0);
  const decoded = decode(map.mappings ?? "");
  const sources = map.sources ?? [];
  decoded.forEach((segments, i) => {
    const lineNo = line0 + i;
    if (lineNo >= lineEnd || lineNo >= lines.length) return;
    const text = lines[lineNo];
    const shift = i === 0 ? col0 : 0;
    let prevCol = i === 0 ? col0 : 0;
    let prevSrc = "(unmapped)";
    for (const seg of segments) {
      const col = seg[0] + shift;
      out.set(prevSrc, (out.get(prevSrc) ?? 0) + Math.max(0, col - prevCol));
      prevCol = col;
      prevSrc = seg.length > 1 ? owner(sources[seg[1]!] ?? "?") : "(unmapped)";
    }
    out.set(prevSrc, (out.get(prevSrc) ?? 0) + Math.max(0, text.length - prevCol));
  });
}

/** gzip bytes of one chunk, shared out over its owners. */
export function attribute(file: string): Map<string, number> {
  const code = readFileSync(file, "utf8");
  const gz = gzipSync(Buffer.from(code)).length;
  const chars = new Map<string, number>();
  // Turbopack names the map in the chunk's last line (not always `<chunk>.map`).
  const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
  const mapFile = url ? join(dirname(file), url) : `${file}.map`;
  if (existsSync(mapFile)) {
    charsBySource(JSON.parse(readFileSync(mapFile, "utf8")) as RawMap, code.split("\n"), chars);
  } else chars.set("(no source map)", code.length);
  const total = [...chars.values()].reduce((a, b) => a + b, 0) || 1;
  return new Map([...chars].map(([k, v]) => [k, (gz * v) / total]));
}

function pageChunks(dist: string, page?: string): string[] {
  const bm = JSON.parse(readFileSync(join(dist, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  const files = new Set(bm.rootMainFiles);
  if (page) {
    type Manifest = { entryJSFiles: Record<string, string[]> };
    const g = globalThis as unknown as Record<string, unknown>;
    g.self = globalThis;
    g.__RSC_MANIFEST = undefined;
    // The manifest is a script that assigns a global.
    new Function(readFileSync(join(dist, "server/app", page, "page_client-reference-manifest.js"), "utf8"))();
    const m = Object.values((g.__RSC_MANIFEST ?? {}) as Record<string, Manifest>)[0];
    const entries: [string, string[]][] = Object.entries(m?.entryJSFiles ?? {});
    for (const [segment, chunks] of entries)
      if (!segment.endsWith("/not-found")) chunks.forEach((c) => files.add(c)); // the HTML does not load not-found's chunk
  }
  return [...files];
}

function main() {
  const files = pageChunks(DIST, PAGE);
  const byOwner = new Map<string, number>();
  const byChunk: string[] = [];
  for (const f of files) {
    const a = attribute(join(DIST, f));
    const sum = [...a.values()].reduce((x, y) => x + y, 0);
    const main = [...a].sort((x, y) => y[1] - x[1]).slice(0, 3);
    byChunk.push(
      `| \`${f.replace("static/chunks/", "")}\` | ${(sum / 1024).toFixed(1)} | ${main.map(([k, v]) => `${k} ${(v / 1024).toFixed(1)}`).join(", ")} |`,
    );
    for (const [k, v] of a) byOwner.set(k, (byOwner.get(k) ?? 0) + v);
  }
  const total = [...byOwner.values()].reduce((a, b) => a + b, 0);
  console.log(
    `${PAGE ?? "root main files (every page)"}: ${(total / 1024).toFixed(1)} KB gzip, ${files.length} chunks\n`,
  );
  console.log("| Chunk | KB gzip | Mostly |\n|---|---:|---|");
  console.log(byChunk.join("\n"));
  console.log("\n| From | KB gzip |\n|---|---:|");
  const byPackage = new Map<string, number>();
  for (const [k, v] of byOwner) {
    const pkg = k.startsWith("next: ") ? "next (its own code)" : k.startsWith("(ours)") ? "(ours)" : k;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + v);
  }
  for (const [k, v] of [...byPackage].sort((a, b) => b[1] - a[1]))
    console.log(`| **${k}** | **${(v / 1024).toFixed(1)}** |`);
  console.log("\n| In detail | KB gzip |\n|---|---:|");
  const rows = [...byOwner].sort((a, b) => b[1] - a[1]);
  for (const [k, v] of rows.slice(0, TOP)) console.log(`| ${k} | ${(v / 1024).toFixed(1)} |`);
  const rest = rows.slice(TOP).reduce((a, [, v]) => a + v, 0);
  if (rest) console.log(`| (${rows.length - TOP} more) | ${(rest / 1024).toFixed(1)} |`);
}

main();

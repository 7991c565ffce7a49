// Files stay small (CONTRIBUTING: ≤ 300 lines, split by responsibility): every .ts/.tsx file under
// app/, lib/, components/ and scripts/ has at most 300 lines. lib/generated is Prisma's output.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const MAX_LINES = 300;
const EXCLUDED = new Set(["lib/generated"]);

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const path = `${dir}/${d.name}`;
    if (EXCLUDED.has(path) || d.name === "node_modules") return [];
    if (d.isDirectory()) return sources(path);
    return /\.tsx?$/.test(d.name) ? [path] : [];
  });
}

/** Lines as an editor counts them: a final newline does not start another line. */
const lineCount = (text: string) => text.replace(/\n$/, "").split("\n").length;

describe("file size", () => {
  const files = ["app", "lib", "components", "scripts"].flatMap(sources);

  it("finds the sources", () => {
    expect(files.length).toBeGreaterThan(200);
    expect(files).toContain("lib/members/import/write.ts");
    expect(files).toContain("lib/permissions.ts");
  });

  it("counts lines as wc -l does for a file ending in a newline", () => {
    expect(lineCount("a\nb\n")).toBe(2);
    expect(lineCount("a\nb")).toBe(2);
  });

  it(`keeps every .ts/.tsx file at ${MAX_LINES} lines or fewer`, () => {
    const long = files
      .map((f) => ({
        file: relative(ROOT, join(ROOT, f)),
        lines: lineCount(readFileSync(join(ROOT, f), "utf8")),
      }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.file}: ${f.lines} lines`);
    expect(long).toEqual([]);
  });
});

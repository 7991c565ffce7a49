// docs/ARCHITECTURE.md stays true: every path its folders table names exists, and every folder under
// lib/ and every screen folder under app/(app)/ is named in it. A move that forgets the doc fails here.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const doc = readFileSync(join(ROOT, "docs/ARCHITECTURE.md"), "utf8");

const section = (title: string) => {
  const start = doc.indexOf(`## ${title}`);
  const end = doc.indexOf("\n## ", start + 1);
  return doc.slice(start, end === -1 ? undefined : end);
};

const folders = (dir: string) =>
  readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== "generated")
    .map((d) => d.name);

describe("docs/ARCHITECTURE.md", () => {
  const table = section("Folders");
  const named = [...table.matchAll(/`([^`]+)`/g)]
    .map((m) => m[1])
    .filter((p) => /^(app|components|lib|prisma|scripts|tests|bench|docs)\b/.test(p) && !/[<*…]/.test(p));

  it("has a folders table that names paths", () => {
    expect(named.length).toBeGreaterThan(20);
  });

  it.each(named)("names %s, which exists", (path) => {
    expect(existsSync(join(ROOT, path.replace(/\/$/, "")))).toBe(true);
  });

  it("names every folder under lib/", () => {
    expect(folders("lib").filter((f) => !table.includes(`lib/${f}/`))).toEqual([]);
  });

  it("names every screen folder under app/(app)/", () => {
    expect(
      folders("app/(app)").filter((f) => !table.includes(`\`${f}\``) && !table.includes(`/${f}`)),
    ).toEqual([]);
  });

  it("walks the three requests the issue asked for", () => {
    const walks = section("Three requests, page to database");
    for (const heading of ["welfare visit", "rating decision", "member import"])
      expect(walks.toLowerCase()).toContain(heading);
  });
});

describe("citations in the code", () => {
  const sources = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
      const path = join(dir, d.name);
      if (d.isDirectory()) return ["node_modules", "generated", ".tmp"].includes(d.name) ? [] : sources(path);
      return /\.(ts|tsx|mjs|md)$/.test(d.name) ? [path] : [];
    });
  const cited = ["app", "components", "lib", "prisma", "scripts", "tests", "docs"]
    .flatMap(sources)
    .flatMap((path) =>
      [...readFileSync(join(ROOT, path), "utf8").matchAll(/docs\/(decisions\/[\w.-]+\.md|[\w-]+\.md)/g)].map(
        (m) => `${path} → docs/${m[1]}`,
      ),
    );

  it.each(cited)("%s exists", (citation) => {
    expect(existsSync(join(ROOT, citation.split(" → ")[1]))).toBe(true);
  });
});

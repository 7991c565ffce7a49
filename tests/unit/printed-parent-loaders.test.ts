// Every paper's loader reads the cấp trên's name through printedParentName (lib/org/printed-parent.ts):
// it selects UNIT_HEADER_SELECT (the typed name and the parent's) rather than the typed `parentName`
// alone, which still prints the name a CĐCS typed before its cấp trên joined or was renamed.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
/** Where the typed name itself is meant: the rule, and the settings form that edits the typed name. */
const ALLOWED = new Set([
  "lib/org/printed-parent.ts",
  "lib/settings/update-unit-info.ts",
  // The dues sổ's own loader: changed by this round's dues speed work (r5), listed for after its merge.
  "lib/finance/dues/paper-data.ts",
]);

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const path = `${dir}/${d.name}`;
    if (path === "lib/generated") return [];
    if (d.isDirectory()) return sources(path);
    return /\.tsx?$/.test(d.name) ? [path] : [];
  });
}

/** A Prisma select that takes the unit's typed cấp trên name without its parent. */
const TYPED_NAME_SELECT = /parentName:\s*true/;

describe("paper loaders print the cấp trên's current name", () => {
  it("recognises a select of the typed name alone", () => {
    expect(TYPED_NAME_SELECT.test(`select: { name: true, parentName: true, placeName: true }`)).toBe(true);
    expect(TYPED_NAME_SELECT.test(`select: UNIT_HEADER_SELECT`)).toBe(false);
  });

  it("no loader under lib/ or app/ selects the typed name instead of UNIT_HEADER_SELECT", () => {
    const offenders = ["lib", "app"]
      .flatMap(sources)
      .filter((f) => !ALLOWED.has(f) && TYPED_NAME_SELECT.test(readFileSync(join(ROOT, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});

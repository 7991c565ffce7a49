// The forms people open most (sign-in, a member's own pages, a member's record, a welfare
// proposal) load zod with their schema when first focused (components/forms/lazy-resolver.ts), not
// with the page: about 33 KB gzip of the page's JavaScript. This follows each form's static imports
// (not `import type`, not `import()`, not into a "use server" module), as the bundler does, and fails when one reaches zod again.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");

const LIGHT_FORMS = [
  "app/(auth)/login/login-form.tsx",
  "app/(app)/me/contact-form.tsx",
  "app/(app)/me/password/password-form.tsx",
  "app/(app)/me/opinions/send-opinion-form.tsx",
  "app/(app)/me/emulation/assessment/assessment-form.tsx",
  "components/emulation/registration-form.tsx",
  "components/members/member-form.tsx",
  "components/welfare/visit-form.tsx",
];

const IMPORT_RE = /^\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s+"([^"]+)"/gm;

/** The modules a file loads with it: value imports and re-exports, not type-only ones. */
function valueImports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(IMPORT_RE)) {
    if (m[2]) continue;
    const names = /^\{([^}]*)\}$/.exec(m[3].trim());
    const specifiers = names?.[1]
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    if (specifiers?.length && specifiers.every((s) => s.startsWith("type "))) continue;
    out.push(m[4]);
  }
  // A bare side-effect import: `import "x";`
  for (const m of source.matchAll(/^\s*import\s+"([^"]+)"/gm)) out.push(m[1]);
  return out;
}

function resolveLocal(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? join(ROOT, spec.slice(2)) : resolve(dirname(from), spec);
  for (const f of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")])
    if (existsSync(f) && /\.tsx?$/.test(f)) return f;
  return null;
}

/** Every package a file reaches through its static value imports, with the path that reached it. */
function packagesReached(entry: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const seen = new Set<string>();
  const walk = (file: string, path: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    // A server action module reaches the browser as references to the server, not as its code.
    if (/^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(source)) return;
    for (const spec of valueImports(source)) {
      if (spec.startsWith(".") || spec.startsWith("@/")) {
        const next = resolveLocal(file, spec);
        if (next) walk(next, [...path, relative(ROOT, next)]);
      } else if (!found.has(spec)) found.set(spec, path);
    }
  };
  walk(join(ROOT, entry), [entry]);
  return found;
}

describe("the light forms do not load zod with their page", () => {
  it.each(LIGHT_FORMS)("%s", (form) => {
    const reached = packagesReached(form);
    const zod = [...reached.keys()].filter((p) => p === "zod" || p.startsWith("zod/") || p.endsWith("/zod"));
    expect(zod.map((p) => `${p} ← ${reached.get(p)!.join(" ← ")}`)).toEqual([]);
    // It is a react-hook-form form: the walk did follow its imports.
    expect(reached.has("react-hook-form")).toBe(true);
  });
});

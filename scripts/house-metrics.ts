// The house's shape in numbers (issue "One shape for the house"): file length, branchy functions,
// folders under lib/. Run `npx tsx scripts/house-metrics.ts`; duplicates pairs come from the
// `duplicates` tool, not from here.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";

const SOURCE_ROOTS = ["app", "components", "lib", "scripts", "prisma", "proxy.ts"];
const SKIP = new Set(["node_modules", "generated", "migrations", ".next"]);

function files(path: string): string[] {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return [];
  if (stat.isFile()) return /\.(ts|tsx)$/.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) => (SKIP.has(name) ? [] : files(join(path, name))));
}

function quantile(sorted: number[], q: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function lengths(paths: string[]) {
  const lines = paths.map((p) => readFileSync(p, "utf8").split("\n").length).sort((a, b) => a - b);
  return { files: lines.length, median: quantile(lines, 0.5), p90: quantile(lines, 0.9), max: lines.at(-1) };
}

async function branchyFunctions(paths: string[], threshold: number) {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ["**/*.ts", "**/*.tsx"],
        languageOptions: {
          parser: (await import("typescript-eslint")).parser,
          parserOptions: { ecmaFeatures: { jsx: true } },
        },
        rules: { complexity: ["error", { max: threshold - 1 }] },
      },
    ],
  });
  const results = await eslint.lintFiles(paths);
  return results.flatMap((r) =>
    r.messages.map((m) => `${r.filePath.replace(process.cwd() + "/", "")}:${m.line}`),
  );
}

const source = SOURCE_ROOTS.flatMap(files);
const tests = files("tests");
const libFolders = readdirSync("lib").filter(
  (n) => n !== "generated" && statSync(join("lib", n)).isDirectory(),
);
const branchy = await branchyFunctions(source, 15);

console.log("source files (app, components, lib, scripts, prisma):", lengths(source));
console.log("test files:", lengths(tests));
console.log(`functions with cyclomatic complexity >= 15: ${branchy.length}`);
for (const where of branchy) console.log(`  ${where}`);
console.log(`folders directly under lib/: ${libFolders.length} (${libFolders.join(", ")})`);

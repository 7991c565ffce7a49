// Checks the running Node.js against package.json "engines.node" before anything is installed,
// so it uses nothing but Node itself. Run by .ci/run first, and by npm as "preinstall".
// `node scripts/check-node.mjs 18.20.0` checks a given version instead (to try the rule).
import { readFileSync } from "node:fs";

// Plain syntax (no ?. or ??), so that even a very old Node gets to the message below.
const engines = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).engines || {};
const range = engines.node;
const version = (process.argv[2] || process.versions.node).replace(/^v/, "");

/** "20.19" → [20, 19, 0]; a missing part counts as 0. */
const parse = (v) => {
  const parts = v.split(".").map((p) => Number.parseInt(p, 10));
  return [0, 1, 2].map((i) => (Number.isFinite(parts[i]) ? parts[i] : 0));
};
const cmp = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** One comparator of a range: ^, ~, >=, >, <=, <, = or a bare version. */
function satisfies(v, comparator) {
  const m = /^(\^|~|>=|>|<=|<|=)?\s*(\d+(?:\.\d+){0,2})$/.exec(comparator);
  if (!m) throw new Error(`engines.node: không hiểu "${comparator}" / cannot read "${comparator}"`);
  const [, op = "=", raw] = m;
  const want = parse(raw);
  const c = cmp(v, want);
  switch (op) {
    case "^":
      return c >= 0 && v[0] === want[0];
    case "~":
      return c >= 0 && v[0] === want[0] && v[1] === want[1];
    case ">=":
      return c >= 0;
    case ">":
      return c > 0;
    case "<=":
      return c <= 0;
    case "<":
      return c < 0;
    default:
      return raw.split(".").every((p, i) => Number(p) === v[i]);
  }
}

if (!range) {
  console.error("package.json thiếu engines.node / package.json has no engines.node");
  process.exit(1);
}
const v = parse(version);
const ok = range.split("||").some((alt) =>
  alt
    .replace(/(\^|~|>=|>|<=|<|=)\s+/g, "$1")
    .trim()
    .split(/\s+/)
    .every((c) => satisfies(v, c)),
);
if (!ok) {
  console.error(
    `Node.js ${version} không được hỗ trợ: dự án cần Node.js ${range} (xem README, mục "Yêu cầu").\n` +
      `Node.js ${version} is not supported: this project needs Node.js ${range} (see the README).`,
  );
  process.exit(1);
}
if (!process.env.npm_lifecycle_event) console.log(`Node.js ${version}: hợp lệ (${range})`);

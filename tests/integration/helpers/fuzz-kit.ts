// Malformed and hostile values for the fuzz tests (fast-check), and a cheap "nothing changed
// anywhere in the database" watch.
import fc from "fast-check";
import pg from "pg";
import { listTables } from "../../../scripts/lib/backup-checksum";

// ---- hostile values ----
export const SCRIPT = "<script>alert(1)</script>";
const FIXED_TEXT = [
  SCRIPT,
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  '\'; DROP TABLE "Member"; --',
  "' OR '1'='1",
  "1; SELECT pg_sleep(5)--",
  'Robert\'); DELETE FROM "AuditLog";--',
  "\u202Eabc\u202C", // RTL override
  "\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627", // Hebrew and Arabic
  "a\u0301\u0302\u0303\u0323\u0309\u031B", // stacked combining marks
  "Nguye\u0302\u0303n Thi\u0323", // decomposed Vietnamese (NFD)
  "\u200B\u200C\u200D\uFEFF", // zero-width only
  "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}\u{1F1FB}\u{1F1F3}", // emoji ZWJ sequence, flag
  "\uD800", // lone high surrogate
  "x\uDC00y", // lone low surrogate
  "\u0000",
  "abc\u0000def",
  "%00%27%22",
  "${7*7}{{7*7}}",
  "../../../etc/passwd",
  "null",
  "undefined",
  "   ",
  "\t\r\n",
];
const INVALID_DATES = [
  "31/02/2026",
  "2026-02-30",
  "29/02/2025",
  "00/00/0000",
  "2026-13-01",
  "32/01/2026",
  "9999-99-99",
  "2026/01/01",
  "hôm qua",
  "1e10",
  "-2026-01-01",
];
export const HOSTILE_NUMBERS = [
  -1,
  -1_000_000,
  -0.5,
  1.5,
  1e15,
  2 ** 53 + 2,
  Number.MAX_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
];

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
/** Longer than any text field allows: every schema must bound its strings. */
export const hugeText = fc
  .constantFrom(100_001, 300_000)
  .chain((n) => fc.constantFrom("x", "ệ", "\u{1F600}", "<").map((c) => c.repeat(n)));
export const hostileText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FIXED_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: anyCodeUnit, minLength: 1, maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...FIXED_TEXT), fc.constantFrom(...FIXED_TEXT))
      .map(([a, b]) => a + b),
  },
);
export const invalidDate = fc.constantFrom(...INVALID_DATES);
export const hostileNumber = fc.constantFrom(...HOSTILE_NUMBERS);
const notAString = fc.oneof(
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
  fc.constant({}),
  fc.constant([]),
  fc.constant({ toString: "x" }),
  hostileNumber,
);
const notANumber = fc.oneof(
  hostileText,
  fc.constant(null),
  fc.boolean(),
  fc.constant({}),
  fc.constant(["1"]),
  fc.constant("1"),
);
const notABoolean = fc.oneof(
  fc.constantFrom("true", "yes", "1", ""),
  fc.integer(),
  fc.constant(null),
  fc.constant({}),
);
export const wrongTypeFor = (v: unknown) =>
  typeof v === "string"
    ? notAString
    : typeof v === "number"
      ? notANumber
      : typeof v === "boolean"
        ? notABoolean
        : fc.oneof(hostileText, hostileNumber, fc.constant(null));

/** A payload that is not an object at all, or an object of the wrong shape. */
export const notAPayload = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  hostileNumber,
  hostileText,
  fc.boolean(),
  fc.array(fc.oneof(hostileText, fc.integer()), { maxLength: 3 }),
  fc.constant(
    JSON.parse('{"__proto__": {"isSystemAdmin": true}, "constructor": {"prototype": {"ok": true}}}'),
  ),
);

// ---- payload leaves ----
export type Leaf = { path: (string | number)[]; value: unknown };
export function leaves(v: unknown, path: (string | number)[] = []): Leaf[] {
  if (v && typeof v === "object" && !(v instanceof Date))
    return Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, Array.isArray(v) ? Number(k) : k]));
  return [{ path, value: v }];
}
export function setLeaf<T>(obj: T, path: (string | number)[], value: unknown): T {
  if (path.length === 0) return value as T;
  const copy = (Array.isArray(obj) ? [...obj] : { ...(obj as object) }) as Record<string | number, unknown>;
  copy[path[0]] = setLeaf(copy[path[0]], path.slice(1), value);
  return copy as T;
}
export const isDateLike = (v: unknown) =>
  typeof v === "string" && /^(\d{4}-\d{2}-\d{2}|\d{2}\/\d{2}\/\d{4})$/.test(v);
export const isIdLike = (v: unknown, key: string | number | undefined) =>
  typeof v === "string" && (/^c[a-z0-9]{20,}$/.test(v) || /id$/i.test(String(key ?? "")));
export const isEnumLike = (v: unknown) => typeof v === "string" && /^[A-Z][A-Z0-9_]+$/.test(v);

// ---- "nothing changed" ----
const LOG = "_fuzz_changes";

/**
 * Row triggers on every table log which table a committed INSERT, UPDATE or DELETE touched (a
 * rolled-back change leaves no trace), so "nothing changed anywhere" costs one small query per
 * payload, whatever the size of the database. Installed for one test file, removed after it.
 */
export async function installChangeLog() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const tables = (await listTables(client)).filter((t) => t !== LOG && t !== "_prisma_migrations");
  await client.query(`CREATE TABLE IF NOT EXISTS "${LOG}" (id bigserial PRIMARY KEY, t text NOT NULL)`);
  await client.query(
    `CREATE OR REPLACE FUNCTION fuzz_log_change() RETURNS trigger AS $$ BEGIN INSERT INTO "${LOG}" (t) VALUES (TG_TABLE_NAME); RETURN NULL; END $$ LANGUAGE plpgsql`,
  );
  for (const t of tables)
    await client.query(
      `CREATE OR REPLACE TRIGGER "fuzz_change" AFTER INSERT OR UPDATE OR DELETE ON "${t}" FOR EACH ROW EXECUTE FUNCTION fuzz_log_change()`,
    );
  const mark = async () =>
    BigInt(
      (await client.query<{ m: string }>(`SELECT coalesce(max(id), 0)::text AS m FROM "${LOG}"`)).rows[0].m,
    );
  return {
    /** A watch from now on: the tables changed since, except `exclude`. */
    async watch(opts: { exclude?: string[] } = {}) {
      let since = await mark();
      return {
        async changed(): Promise<string[]> {
          const res = await client.query<{ t: string }>(
            `SELECT DISTINCT t FROM "${LOG}" WHERE id > $1 AND NOT (t = ANY($2::text[])) ORDER BY t`,
            [since.toString(), opts.exclude ?? []],
          );
          return res.rows.map((r) => r.t);
        },
        async rebase() {
          since = await mark();
        },
      };
    },
    async uninstall() {
      for (const t of tables) await client.query(`DROP TRIGGER IF EXISTS "fuzz_change" ON "${t}"`);
      await client.query(`DROP TABLE IF EXISTS "${LOG}"`);
      await client.query("DROP FUNCTION IF EXISTS fuzz_log_change()");
      await client.end();
    },
  };
}

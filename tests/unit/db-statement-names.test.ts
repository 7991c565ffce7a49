// Prisma's statements are sent named, so each connection parses one once (lib/db/statements.ts,
// decision 0098). The name must follow the SQL text exactly, and long parameter lists stay unnamed.
import { afterEach, describe, expect, it } from "vitest";
import { MAX_NAMED_ARGS, planCacheOptions, statementName } from "@/lib/db/statements";

const SQL = 'SELECT "id" FROM "Member" WHERE "unitId" = $1';
const saved = { cache: process.env.DB_STATEMENT_CACHE, plan: process.env.DB_PLAN_CACHE };
afterEach(() => {
  for (const [key, value] of [
    ["DB_STATEMENT_CACHE", saved.cache],
    ["DB_PLAN_CACHE", saved.plan],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe("statement names", () => {
  it("the same SQL gets the same name, whatever its values", () => {
    const a = statementName({ sql: SQL, args: ["u1"] });
    expect(a).toMatch(/^q[A-Za-z0-9_-]{24}$/);
    expect(statementName({ sql: SQL, args: ["u2"] })).toBe(a);
  });

  it("a different SQL text gets a different name", () => {
    const other = SQL.replace("$1", "$1 AND status = $2");
    expect(statementName({ sql: other, args: ["u1", "ACTIVE"] })).not.toBe(
      statementName({ sql: SQL, args: ["u1"] }),
    );
  });

  it(`a statement with more than ${MAX_NAMED_ARGS} parameters is sent unnamed`, () => {
    const at = (n: number) => ({
      sql: `SELECT 1 WHERE 1 IN (${Array.from({ length: n }, (_, i) => `$${i + 1}`)})`,
      args: Array(n).fill(1),
    });
    expect(statementName(at(16))).toMatch(/^q/);
    expect(statementName(at(17))).toBeUndefined();
  });

  it("DB_STATEMENT_CACHE=off sends every statement unnamed", () => {
    process.env.DB_STATEMENT_CACHE = "off";
    expect(statementName({ sql: SQL, args: ["u1"] })).toBeUndefined();
  });

  it("plans are made for each call's values unless DB_PLAN_CACHE says otherwise", () => {
    delete process.env.DB_PLAN_CACHE;
    expect(planCacheOptions()).toBe("-c plan_cache_mode=force_custom_plan");
    process.env.DB_PLAN_CACHE = "auto";
    expect(planCacheOptions()).toBeUndefined();
  });
});

import { createHash } from "node:crypto";

/**
 * Named (prepared) statements for Prisma's queries (decision 0098): `pg` keeps a statement it has
 * sent once under its name on that connection, so PostgreSQL parses it once per connection instead
 * of on every request. DB_STATEMENT_CACHE=off turns it off (a pooler in transaction mode that does
 * not carry prepared statements, e.g. an old PgBouncer).
 *
 * A statement with many parameters (Prisma's `IN ($1 … $n)` over a list of ids) changes shape with
 * the list's length: it is sent unnamed, so that a connection does not keep one statement per length.
 */
export const MAX_NAMED_ARGS = 16;

export function statementName(query: { sql: string; args: unknown[] }): string | undefined {
  if (process.env.DB_STATEMENT_CACHE === "off") return undefined;
  if (query.args.length > MAX_NAMED_ARGS) return undefined;
  return "q" + createHash("sha1").update(query.sql).digest("base64url").slice(0, 24);
}

/**
 * How PostgreSQL plans a named statement (`plan_cache_mode`). A CĐCS of 20 members and one of
 * 60.000 share every statement, so the plan is made for the parameters each time
 * (force_custom_plan) unless DB_PLAN_CACHE says otherwise.
 */
export function planCacheOptions(): string | undefined {
  const mode = process.env.DB_PLAN_CACHE ?? "force_custom_plan";
  return mode === "auto" ? undefined : `-c plan_cache_mode=${mode}`;
}

import "server-only";
import { mapErrors } from "./guard";
import { pgPool } from "./index";
import { statementName } from "./statements";

/**
 * One SQL statement sent with `pg` on Prisma's own pool, for the statement every request runs (the
 * actor's, lib/auth/current-user.ts): through Prisma's query engine the same statement costs the
 * Node process about twice the CPU (decisions 0087, 0097). Parameters are bound ($1, $2…), never
 * spliced in. Errors read as Prisma's do (lib/db/guard.ts): a lost connection is
 * DbUnavailableError and marks the database down for proxy.ts. Rows come as `pg` parses them:
 * json as objects, int4 and float8 as numbers, booleans; a `timestamp` would be read in the
 * server's time zone, so select epoch milliseconds instead.
 */
export async function rawRows<T>(text: string, values: unknown[]): Promise<T[]> {
  const name = statementName({ sql: text, args: values });
  const result = await mapErrors(pgPool().query({ name, text, values }));
  return result.rows as T[];
}

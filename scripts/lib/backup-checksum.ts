// A content checksum of every table: row count plus an order-independent md5 of the rows' text.
// Used to prove a backup round-trip (same counts, same contents) and, in the fuzz test, that a
// refused payload changed nothing anywhere in the database.
import type pg from "pg";

type Queryable = Pick<pg.Client, "query">;

/** The application's tables in the public schema, sorted (Prisma's _prisma_migrations included). */
export async function listTables(client: Queryable): Promise<string[]> {
  const res = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
  );
  return res.rows.map((r) => r.name);
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export type TableSums = Record<string, { rows: number; md5: string }>;

/** One query for all tables: { Member: { rows: 42, md5: "…" }, … }. */
export async function tableChecksums(
  client: Queryable,
  opts: { exclude?: string[] } = {},
): Promise<TableSums> {
  const tables = (await listTables(client)).filter((t) => !opts.exclude?.includes(t));
  if (tables.length === 0) return {};
  const sql = tables
    .map(
      (t) =>
        `SELECT ${"'" + t.replace(/'/g, "''") + "'"} AS t, count(*)::int AS n, coalesce(md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))), '') AS h FROM ${quote(t)} x`,
    )
    .join(" UNION ALL ");
  const res = await client.query<{ t: string; n: number; h: string }>(sql);
  const out: TableSums = {};
  for (const r of res.rows.sort((a, b) => a.t.localeCompare(b.t))) out[r.t] = { rows: r.n, md5: r.h };
  return out;
}

/** Cluster-wide "next transaction id": unchanged means no transaction wrote anything since. */
export async function nextXid(client: Queryable): Promise<string> {
  const res = await client.query<{ x: string }>("SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS x");
  return res.rows[0].x;
}

// Bulk loading for the bench generators: a table's indexes and foreign keys are dropped while
// its rows are written, then rebuilt in one pass each (a sorted index build and one anti-join per
// foreign key are far cheaper than maintaining them row by row). The definitions are read back
// from the catalog, so the rebuilt table is exactly what the migrations made. Keys that another
// table's foreign key depends on stay in place.
import type { Pool } from "pg";

type Def = { table: string; name: string; def: string; kind: "index" | "key" | "fk" };

async function definitions(pool: Pool, tables: string[]): Promise<Def[]> {
  const regs = tables.map((t) => `"${t}"`);
  const { rows } = await pool.query<Def>(
    `SELECT c.conrelid::regclass::text AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS def,
            CASE WHEN c.contype = 'f' THEN 'fk' ELSE 'key' END AS kind
     FROM pg_constraint c
     WHERE c.conrelid = ANY($1::regclass[]) AND c.contype IN ('p', 'u', 'f')
       AND NOT (c.contype IN ('p', 'u') AND EXISTS (SELECT 1 FROM pg_constraint r WHERE r.contype = 'f' AND r.confrelid = c.conrelid AND r.conindid = c.conindid))
     UNION ALL
     SELECT i.indrelid::regclass::text, x.relname, pg_get_indexdef(i.indexrelid), 'index'
     FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid
     WHERE i.indrelid = ANY($1::regclass[]) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid)`,
    [regs],
  );
  return rows;
}

/** Runs `load` with the tables' secondary indexes, unique keys and foreign keys removed, then restores them. */
export async function bulkLoad<T>(pool: Pool, tables: string[], load: () => Promise<T>): Promise<T> {
  const defs = await definitions(pool, tables);
  const client = await pool.connect();
  try {
    for (const d of defs.filter((x) => x.kind === "fk"))
      await client.query(`ALTER TABLE ${d.table} DROP CONSTRAINT "${d.name}"`);
    for (const d of defs.filter((x) => x.kind === "key"))
      await client.query(`ALTER TABLE ${d.table} DROP CONSTRAINT "${d.name}"`);
    for (const d of defs.filter((x) => x.kind === "index")) await client.query(`DROP INDEX "${d.name}"`);
  } finally {
    client.release();
  }
  const out = await load();
  const c = await pool.connect();
  try {
    await c.query("SET maintenance_work_mem = '256MB'");
    for (const d of defs.filter((x) => x.kind === "key"))
      await c.query(`ALTER TABLE ${d.table} ADD CONSTRAINT "${d.name}" ${d.def}`);
    for (const d of defs.filter((x) => x.kind === "index")) await c.query(d.def);
    for (const d of defs.filter((x) => x.kind === "fk"))
      await c.query(`ALTER TABLE ${d.table} ADD CONSTRAINT "${d.name}" ${d.def}`);
    for (const t of tables) await c.query(`ANALYZE "${t}"`);
  } finally {
    c.release();
  }
  return out;
}

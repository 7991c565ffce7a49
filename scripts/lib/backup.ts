// Writes a consistent backup of the whole database while the app keeps running: one
// REPEATABLE READ READ ONLY transaction (one snapshot for every table), each table streamed
// through a cursor as row_to_json lines into a gzipped JSON-lines file. No pg_dump needed: the
// embedded PostgreSQL 18 ships none, and an older pg_dump cannot dump a newer server.
//
// File layout (one JSON value per line):
//   {"@scd":"backup","format":1,"createdAt":…,"migrations":[…],"tables":[…]}
//   {"@scd":"table","name":"Member","columns":[…],"rows":42}   then 42 lines, one row_to_json each
//   …
//   {"@scd":"end","tables":N,"rows":M}                           (a file without it is truncated)
import { once } from "node:events";
import { createWriteStream, mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { createGzip } from "node:zlib";
import pg from "pg";
import { listTables } from "./backup-checksum";

export const BACKUP_FORMAT = 1;
const BATCH = 2000;
const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

export type BackupSummary = {
  file: string;
  tables: { name: string; rows: number }[];
  migrations: string[];
  totalRows: number;
};

/** The columns of a table that take values (not generated), in table order. */
export async function tableColumns(client: Pick<pg.Client, "query">, table: string): Promise<string[]> {
  const res = await client.query<{ attname: string }>(
    `SELECT a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relname = $1 AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum`,
    [table],
  );
  return res.rows.map((r) => r.attname);
}

/** Foreign-key edges between public tables: child → parents (self references left out). */
export async function foreignKeys(client: Pick<pg.Client, "query">) {
  const res = await client.query<{ child: string; parent: string }>(
    `SELECT ch.relname AS child, pa.relname AS parent FROM pg_constraint c
     JOIN pg_class ch ON ch.oid = c.conrelid JOIN pg_class pa ON pa.oid = c.confrelid
     JOIN pg_namespace n ON n.oid = ch.relnamespace WHERE c.contype = 'f' AND n.nspname = 'public'`,
  );
  return res.rows;
}

/** Tables ordered so that every table comes after the tables it references (restore inserts in file order). */
export function parentsFirst(tables: string[], edges: { child: string; parent: string }[]): string[] {
  const out: string[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const visit = (t: string) => {
    if (placed.has(t) || visiting.has(t)) return; // a cycle: restore reports the failing constraint
    visiting.add(t);
    for (const e of edges) if (e.child === t && e.parent !== t && tables.includes(e.parent)) visit(e.parent);
    visiting.delete(t);
    placed.add(t);
    out.push(t);
  };
  for (const t of [...tables].sort()) visit(t);
  return out;
}

export async function writeBackup(url: string, file: string): Promise<BackupSummary> {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const gzip = createGzip();
  // Personal data and password hashes: readable by the owner only.
  const out = createWriteStream(partial, { mode: 0o600 });
  gzip.pipe(out);
  const write = async (line: string) => {
    if (!gzip.write(line + "\n")) await once(gzip, "drain");
  };
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = parentsFirst(
      (await listTables(client)).filter((t) => t !== "_prisma_migrations"),
      await foreignKeys(client),
    );
    const migrations = (
      await client.query<{ name: string }>(
        `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
    ).rows.map((r) => r.name);
    await write(
      JSON.stringify({
        "@scd": "backup",
        format: BACKUP_FORMAT,
        createdAt: new Date().toISOString(),
        migrations,
        tables,
      }),
    );
    const summary: BackupSummary["tables"] = [];
    let totalRows = 0;
    for (const table of tables) {
      const columns = await tableColumns(client, table);
      const { rows } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${q(table)}`);
      const count = Number(rows[0].n);
      await write(JSON.stringify({ "@scd": "table", name: table, columns, rows: count }));
      // Row text goes to the file untouched: no JSON.parse, so bigint and timestamps keep full precision.
      await client.query(
        `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${q(table)} t`,
      );
      let written = 0;
      for (;;) {
        const batch = await client.query<{ j: string }>(`FETCH ${BATCH} FROM backup_rows`);
        for (const r of batch.rows) await write(r.j);
        written += batch.rows.length;
        if (batch.rows.length < BATCH) break;
      }
      await client.query("CLOSE backup_rows");
      if (written !== count) throw new Error(`Bảng ${table}: đếm ${count} dòng nhưng đọc được ${written}.`);
      summary.push({ name: table, rows: count });
      totalRows += count;
    }
    await write(JSON.stringify({ "@scd": "end", tables: tables.length, rows: totalRows }));
    await client.query("COMMIT");
    gzip.end();
    await once(out, "close");
    renameSync(partial, file);
    return { file, tables: summary, migrations, totalRows };
  } catch (err) {
    gzip.destroy();
    out.destroy();
    rmSync(partial, { force: true });
    throw err;
  } finally {
    await client.end().catch(() => {});
  }
}

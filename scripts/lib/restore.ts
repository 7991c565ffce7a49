// Restores a backup written by backup.ts into an EMPTY database: migrate first, refuse when any
// table holds a row, then insert every table in foreign-key order inside one transaction (all of
// it or none of it), and move each sequence past the restored ids. The AuditLog append-only
// trigger fires on UPDATE and DELETE only, so restoring its rows (INSERT) is allowed.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { BACKUP_FORMAT, foreignKeys, tableColumns } from "./backup";
import { listTables } from "./backup-checksum";
import { applyMigrations } from "./migrate";

const BATCH = 1000;
const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

type Header = { "@scd": "backup"; format: number; createdAt: string; migrations: string[]; tables: string[] };
type TableHeader = { "@scd": "table"; name: string; columns: string[]; rows: number };
export type RestoreSummary = {
  createdAt: string;
  tables: { name: string; rows: number }[];
  totalRows: number;
};

export class RestoreRefused extends Error {}

async function assertEmpty(client: pg.Client) {
  const tables = (await listTables(client)).filter((t) => t !== "_prisma_migrations");
  const full: string[] = [];
  for (const t of tables) if ((await client.query(`SELECT 1 FROM ${q(t)} LIMIT 1`)).rowCount) full.push(t);
  if (full.length)
    throw new RestoreRefused(
      `Cơ sở dữ liệu đích không trống (có dữ liệu trong: ${full.join(", ")}). Chỉ khôi phục vào một cơ sở dữ liệu trống.`,
    );
}

async function insertRows(client: pg.Client, table: TableHeader, lines: string[]) {
  if (lines.length === 0) return;
  const cols = table.columns.map(q).join(", ");
  await client.query(
    `INSERT INTO ${q(table.name)} (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::${q(table.name)}, $1::json)`,
    [`[${lines.join(",")}]`],
  );
}

/** Every sequence behind a column default (autoincrement ids) continues after the restored maximum. */
async function resetSequences(client: pg.Client) {
  const res = await client.query<{ t: string; c: string; s: string }>(
    `SELECT table_name AS t, column_name AS c, pg_get_serial_sequence(format('%I', table_name), column_name) AS s
     FROM information_schema.columns WHERE table_schema = 'public' AND (column_default LIKE 'nextval(%' OR is_identity = 'YES')`,
  );
  for (const r of res.rows) {
    if (!r.s) continue;
    await client.query(`SELECT setval($1, coalesce((SELECT max(${q(r.c)}) FROM ${q(r.t)}), 0) + 1, false)`, [
      r.s,
    ]);
  }
}

export async function restoreBackup(
  url: string,
  file: string,
  log: (m: string) => void = () => {},
): Promise<RestoreSummary> {
  await applyMigrations(url, log);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let lines: ReturnType<typeof createInterface> | null = null;
  let header: Header | null = null;
  let table: TableHeader | null = null;
  let batch: string[] = [];
  let seen = 0;
  let ended = false;
  const done: RestoreSummary["tables"] = [];
  // A table that references itself is inserted in one statement: its rows may point forward.
  const selfReferencing = new Set(
    (await foreignKeys(client)).filter((e) => e.child === e.parent).map((e) => e.child),
  );
  const finishTable = async () => {
    if (!table) return;
    await insertRows(client, table, batch);
    batch = [];
    if (seen !== table.rows)
      throw new RestoreRefused(
        `Bảng ${table.name}: tệp ghi ${table.rows} dòng nhưng chỉ có ${seen}. Tệp sao lưu bị hỏng.`,
      );
    done.push({ name: table.name, rows: seen });
    log(`  ${table.name}: ${seen} dòng`);
    table = null;
  };
  try {
    await assertEmpty(client);
    await client.query("BEGIN");
    // Created right before the loop: readline drops lines that arrive before iteration starts.
    lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line) continue;
      if (line.startsWith('{"@scd"')) {
        const meta = JSON.parse(line) as Header | TableHeader | { "@scd": "end"; rows: number };
        if (meta["@scd"] === "backup") {
          header = meta;
          if (header.format !== BACKUP_FORMAT)
            throw new RestoreRefused(`Định dạng tệp sao lưu ${header.format} không được hỗ trợ.`);
          const applied = new Set(
            (
              await client.query<{ n: string }>(`SELECT migration_name AS n FROM "_prisma_migrations"`)
            ).rows.map((r) => r.n),
          );
          const unknown = header.migrations.filter((m) => !applied.has(m));
          if (unknown.length)
            throw new RestoreRefused(
              `Tệp sao lưu mới hơn mã nguồn này (migration chưa có: ${unknown.join(", ")}). Hãy cập nhật ứng dụng trước.`,
            );
          continue;
        }
        if (!header) throw new RestoreRefused("Không phải tệp sao lưu của Sổ Công đoàn.");
        await finishTable();
        if (meta["@scd"] === "table") {
          const current = new Set(await tableColumns(client, meta.name));
          const missing = meta.columns.filter((c) => !current.has(c));
          if (current.size === 0 || missing.length)
            throw new RestoreRefused(
              `Bảng ${meta.name} (cột ${missing.join(", ") || "—"}) không còn trong cơ sở dữ liệu này.`,
            );
          table = meta;
          seen = 0;
        } else if (meta["@scd"] === "end") {
          ended = true;
        }
        continue;
      }
      if (!table) throw new RestoreRefused("Tệp sao lưu bị hỏng: có dòng dữ liệu ngoài bảng.");
      batch.push(line);
      seen++;
      if (batch.length >= BATCH && !selfReferencing.has(table.name)) {
        await insertRows(client, table, batch);
        batch = [];
      }
    }
    await finishTable();
    if (!header || !ended)
      throw new RestoreRefused("Tệp sao lưu bị cụt (thiếu dòng kết thúc): không khôi phục gì.");
    await resetSequences(client);
    await client.query("COMMIT");
    return { createdAt: header.createdAt, tables: done, totalRows: done.reduce((s, t) => s + t.rows, 0) };
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    lines?.close();
    await client.end().catch(() => {});
  }
}

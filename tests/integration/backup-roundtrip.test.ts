// npm run backup / npm run restore, through the same library functions: a backup restored into an
// empty database holds every table with the same row count and the same contents (checksum), a
// backup taken while the app writes is one consistent moment, and a restore into a database that
// is not empty, or from a truncated file, changes nothing.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMemberAction } from "@/lib/members/actions";
import { newMemberForm } from "./helpers/forms";
import { actAs } from "./helpers/session";
import { buildWorld, type World } from "./helpers/world";
import { writeBackup } from "../../scripts/lib/backup";
import { tableChecksums } from "../../scripts/lib/backup-checksum";
import { restoreBackup, RestoreRefused } from "../../scripts/lib/restore";

const sourceUrl = process.env.DATABASE_URL!;
const dir = mkdtempSync(join(tmpdir(), "scd-backup-test-"));
const created: string[] = [];
const admin = new pg.Client({ connectionString: sourceUrl });

async function emptyDatabase(name: string) {
  await admin.query(`CREATE DATABASE ${name}`);
  created.push(name);
  return sourceUrl.replace(/\/[^/?]+(\?|$)/, `/${name}$1`);
}
async function sums(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await tableChecksums(c, { exclude: ["_prisma_migrations"] });
  } finally {
    await c.end();
  }
}
async function migrations(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const r = await c.query<{ n: string }>(`SELECT migration_name AS n FROM "_prisma_migrations" ORDER BY 1`);
  await c.end();
  return r.rows.map((x) => x.n);
}

let w: World;
beforeAll(async () => {
  await admin.connect();
  w = await buildWorld();
  actAs(w.people.chair.user.id);
  // Rows in the member tables and the audit log (BigInt sequence), with Vietnamese text.
  for (const fullName of ["Nguyễn Thị Ánh Tuyết", "Trần Văn Đức", "Lê Thị Hồng Nhung"]) {
    expect(
      await createMemberAction(
        newMemberForm(w.groupA.id, { fullName, note: 'Ghi chú: "trích dẫn", dấu \' và \\ gạch' }),
      ),
    ).toMatchObject({ ok: true });
  }
});
afterAll(async () => {
  for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

describe("backup and restore", () => {
  it("round-trips every table: same row counts, same contents, same migrations", async () => {
    const file = join(dir, "quiet.jsonl.gz");
    const backup = await writeBackup(sourceUrl, file);
    const before = await sums(sourceUrl);
    expect(backup.totalRows).toBeGreaterThan(0);
    expect(before.Member.rows).toBeGreaterThan(3);

    const target = await emptyDatabase(`scd_restore_${process.pid}_a`);
    const restored = await restoreBackup(target, file);
    expect(restored.totalRows).toBe(backup.totalRows);
    expect(await sums(target)).toEqual(before);
    expect(await migrations(target)).toEqual(await migrations(sourceUrl));

    // Sequences continue after the restored ids: the next audit row gets a fresh id.
    const c = new pg.Client({ connectionString: target });
    await c.connect();
    const max = await c.query<{ m: string }>(`SELECT max(id)::text AS m FROM "AuditLog"`);
    const next = await c.query<{ id: string }>(
      `INSERT INTO "AuditLog" ("action","entityType","entityId") VALUES ('test','Test','x') RETURNING id::text`,
    );
    expect(BigInt(next.rows[0].id)).toBeGreaterThan(BigInt(max.rows[0].m));
    await c.end();

    // Restoring again into the now non-empty database is refused, and changes nothing.
    const again = await sums(target);
    await expect(restoreBackup(target, file)).rejects.toBeInstanceOf(RestoreRefused);
    expect(await sums(target)).toEqual(again);
  });

  it("a backup taken while the app writes is one consistent moment", async () => {
    const file = join(dir, "busy.jsonl.gz");
    let stop = false;
    let writes = 0;
    const writer = (async () => {
      while (!stop) {
        actAs(w.people.chair.user.id);
        const res = await createMemberAction(
          newMemberForm(w.groupB.id, { fullName: `Đoàn Viên Bận ${writes}` }),
        );
        if (res.ok) writes++;
      }
    })();
    await new Promise((r) => setTimeout(r, 100));
    const backup = await writeBackup(sourceUrl, file).finally(() => (stop = true));
    await writer;
    expect(writes).toBeGreaterThan(0);

    const target = await emptyDatabase(`scd_restore_${process.pid}_b`);
    await restoreBackup(target, file); // every foreign key holds in the snapshot, or this throws
    const c = new pg.Client({ connectionString: target });
    await c.connect();
    // Each createMember writes a member, its admission event and its audit row in one transaction:
    // the backup holds all three for every member it holds, never a member without the others.
    const r = await c.query<{ m: number; e: number; a: number }>(
      `SELECT (SELECT count(*)::int FROM "Member" WHERE "fullName" LIKE 'Đoàn Viên Bận %') AS m,
              (SELECT count(*)::int FROM "MemberEvent" e JOIN "Member" m ON m.id = e."memberId" WHERE m."fullName" LIKE 'Đoàn Viên Bận %') AS e,
              (SELECT count(*)::int FROM "AuditLog" a JOIN "Member" m ON m.id = a."entityId" WHERE a.action = 'member.create' AND m."fullName" LIKE 'Đoàn Viên Bận %') AS a`,
    );
    await c.end();
    expect(r.rows[0].e).toBe(r.rows[0].m);
    expect(r.rows[0].a).toBe(r.rows[0].m);
    const counts = Object.fromEntries(backup.tables.map((t) => [t.name, t.rows]));
    expect((await sums(target)).Member.rows).toBe(counts.Member);
  });

  it("a truncated file restores nothing", async () => {
    const file = join(dir, "quiet.jsonl.gz");
    const text = gunzipSync(readFileSync(file)).toString("utf8").split("\n");
    const cut = join(dir, "cut.jsonl.gz");
    writeFileSync(cut, gzipSync(text.slice(0, Math.floor(text.length * 0.8)).join("\n")));
    const target = await emptyDatabase(`scd_restore_${process.pid}_c`);
    await expect(restoreBackup(target, cut)).rejects.toThrow(/bị cụt|bị hỏng/);
    expect(Object.values(await sums(target)).every((t) => t.rows === 0)).toBe(true);
    expect(await db.member.count()).toBeGreaterThan(0); // the source is untouched
  });
});

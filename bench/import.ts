// `npx tsx --conditions=react-server bench/import.ts [rows]`: times the Excel import at scale on the
// bench database. Makes a fresh unit with the bench unit's 1,000 tổ names, writes a 60,000-row file
// (bench/.data/, git-ignored), then parse + check (processImport) and the write (writeImport), twice:
// the first run creates every member, the second (the same file) must change nothing.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { openBenchDb } from "./lib/bench-db";
import { writeImportFile } from "./lib/import-file";

const rows = Number(process.argv[2] ?? 60_000);
const file = join(process.cwd(), `bench/.data/members-${rows}.xlsx`);
const t0 = () => performance.now();
const secs = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;

async function main() {
  const bench = await openBenchDb();
  process.env.DATABASE_URL = bench.url;
  const pool = new pg.Pool({ connectionString: bench.url });
  try {
    const groups = (
      await pool.query<{ name: string }>(`SELECT name FROM "Group" WHERE "unitId" = 'bench-unit' ORDER BY id`)
    ).rows.map((g) => g.name);
    if (!groups.length) throw new Error("Chạy `npm run bench:seed` trước.");
    let t = t0();
    await writeImportFile(file, groups, rows);
    console.log(
      `Tệp ${rows} dòng: ${file} (${(statSync(file).size / 1e6).toFixed(1)} MB), tạo trong ${secs(t)}`,
    );

    const unitId = `bench-import-${Date.now().toString(36)}`;
    await pool.query(
      `INSERT INTO "Unit" (id, name, "parentName", "placeName", "updatedAt") VALUES ($1, 'CĐCS nhập thử', 'LĐLĐ', 'Biên Hòa', now())`,
      [unitId],
    );
    await pool.query(
      `INSERT INTO "Group" (id, "unitId", name, "updatedAt") SELECT $1 || '-' || g.id, $1, g.name, now() FROM "Group" g WHERE g."unitId" = 'bench-unit'`,
      [unitId],
    );
    const { processImport } = await import("../lib/members/import/process");
    const { writeImport } = await import("../lib/members/import/write");
    const { db } = await import("../lib/db");
    const actor = { userId: "bench-user-chair", unitId };
    const buffer = readFileSync(file);

    for (const round of ["lần 1 (tất cả là đoàn viên mới)", "lần 2 (nhập lại cùng tệp)"]) {
      const total = t0();
      const job = await db.memberImport.create({
        data: { unitId, createdById: actor.userId, fileName: "members.xlsx" },
      });
      t = t0();
      await processImport(job.id, unitId, buffer);
      const checked = await db.memberImport.findUniqueOrThrow({ where: { id: job.id } });
      const parseTime = secs(t);
      if (checked.status !== "PREVIEW") throw new Error(`Kiểm tra thất bại: ${checked.error}`);
      t = t0();
      const result = await writeImport(actor, job.id, "members.xlsx", async () => {});
      console.log(
        `Nhập ${round}: đọc + kiểm tra ${parseTime}, ghi ${secs(t)}, tổng ${secs(total)}; kiểm tra: ${JSON.stringify(checked.counts)}; ghi: ${JSON.stringify(result)}`,
      );
    }
    const n = await pool.query(`SELECT count(*)::int AS n FROM "Member" WHERE "unitId" = $1`, [unitId]);
    console.log(`Đoàn viên trong đơn vị thử: ${n.rows[0].n}`);
    await pool.query(
      `DELETE FROM "MemberImportRow" WHERE "importId" IN (SELECT id FROM "MemberImport" WHERE "unitId" = $1)`,
      [unitId],
    );
    await db.$disconnect();
  } finally {
    await pool.end();
    await bench.stop();
  }
}

main().then(
  () => process.exit(0),
  (err) => (console.error(err), process.exit(1)),
);

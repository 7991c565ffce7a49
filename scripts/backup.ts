// `npm run backup [-- <file>]`: a consistent backup of the whole database while the app runs.
// Default file: $BACKUP_DIR (or <SCD_DATA_DIR>/backups, i.e. .data/backups) / scd-<yyyymmdd-hhmmss>.jsonl.gz
import "dotenv/config";
import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import { writeBackup } from "./lib/backup";
import { dataRoot, openTarget, stampVietnam } from "./lib/backup-target";

async function main() {
  const dir = resolve(process.env.BACKUP_DIR ?? join(dataRoot(), "backups"));
  const file = resolve(process.argv[2] ?? join(dir, `scd-${stampVietnam()}.jsonl.gz`));
  const target = await openTarget({ create: false });
  console.log(`Sao lưu từ: ${target.label}`);
  const started = Date.now();
  try {
    const s = await writeBackup(target.url, file);
    for (const t of s.tables) console.log(`  ${t.name.padEnd(28)} ${String(t.rows).padStart(8)} dòng`);
    const kb = Math.round(statSync(file).size / 1024);
    console.log(
      `Đã sao lưu ${s.tables.length} bảng, ${s.totalRows} dòng, ${s.migrations.length} migration trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`,
    );
    console.log(
      `Tệp: ${file} (${kb} KB). Tệp chứa dữ liệu cá nhân và mã băm mật khẩu: cất giữ như hồ sơ mật.`,
    );
  } finally {
    await target.stop();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`Sao lưu thất bại: ${(err as Error).message}`);
    process.exit(1);
  },
);

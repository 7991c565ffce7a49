// `npm run restore -- <file>`: restores a backup of `npm run backup` into an EMPTY database
// (DATABASE_URL, or the embedded PostgreSQL of SCD_DATA_DIR — a new data directory is created).
import "dotenv/config";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { openTarget } from "./lib/backup-target";
import { restoreBackup } from "./lib/restore";

async function main() {
  const arg = process.argv[2];
  if (!arg) throw new Error("Cách dùng: npm run restore -- <tệp .jsonl.gz>");
  const file = resolve(arg);
  if (!existsSync(file)) throw new Error(`Không có tệp ${file}`);
  const target = await openTarget({ create: true });
  console.log(`Khôi phục ${file}\nvào: ${target.label}`);
  const started = Date.now();
  try {
    const s = await restoreBackup(target.url, file, (m) => console.log(m));
    console.log(
      `Đã khôi phục ${s.tables.length} bảng, ${s.totalRows} dòng (bản sao lưu lúc ${s.createdAt}) trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`,
    );
  } finally {
    await target.stop();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`Khôi phục thất bại, không có gì thay đổi: ${(err as Error).message}`);
    process.exit(1);
  },
);

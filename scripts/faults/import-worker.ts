// Child of import-kill.ts: checks and writes one import against DATABASE_URL, printing each step.
// Run with `tsx --conditions=react-server` (lib/ is server-only).
import { readFileSync } from "node:fs";

const [, , unitId, userId, file] = process.argv;
process.env.SCD_IMPORT_TIMING = "1";
const { processImport } = await import("../../lib/members/import/process");
const { writeImport } = await import("../../lib/members/import/write");
const { db } = await import("../../lib/db");

const job = await db.memberImport.create({ data: { unitId, createdById: userId, fileName: "fault.xlsx" } });
await processImport(job.id, unitId, readFileSync(file));
const checked = await db.memberImport.findUniqueOrThrow({ where: { id: job.id } });
console.log(`CHECKED ${job.id} ${JSON.stringify(checked.counts)}`);
await db.memberImport.update({ where: { id: job.id }, data: { status: "WRITING" } });
try {
  const r = await writeImport({ userId, unitId }, job.id, "fault.xlsx", async (pct) =>
    console.log(`PROGRESS ${pct}`),
  );
  console.log(`COMMITTED ${JSON.stringify(r)}`);
  process.exit(0);
} catch (err) {
  console.log(
    `WRITE FAILED: ${String((err as Error).message)
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 160)}`,
  );
  process.exit(2);
}

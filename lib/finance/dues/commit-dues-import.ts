import "server-only";
// Writes a checked payroll list: all rows or none, in one transaction of set-based statements (the
// payments are inserted from the preview's rows by one INSERT … SELECT). Refused while any row has
// an error (the accountant fixes the file and uploads it again), when the same file was already
// committed, or when a month it pays was paid by payroll since the preview (checked again under a
// lock on the unit).
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { postDuesToFund } from "./fund-link";
import type { commitImportSchema } from "./schema";

/** 60,000 payments, their fund entries and the audit: seconds, not the default 5 s of Prisma. */
const COMMIT_TX = { timeout: 120_000, maxWait: 10_000 };

export async function commitDuesImport(actor: Actor, input: z.output<typeof commitImportSchema>) {
  const job = await db.duesImport.findFirst({
    where: { id: input.importId, unitId: actor.unitId },
    select: {
      id: true,
      status: true,
      errorCount: true,
      rowCount: true,
      paidOn: true,
      fileHash: true,
      fileName: true,
    },
  });
  if (!job) throw notFound();
  if (job.status !== "PREVIEW") throw conflict("Danh sách này đã được ghi sổ.");
  if (job.errorCount > 0)
    throw conflict(`Còn ${job.errorCount} dòng lỗi: sửa tệp rồi tải lên lại. Chưa ghi dòng nào.`);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`dues-import:${actor.unitId}`}))`;
    const same = await tx.duesImport.findFirst({
      where: { unitId: actor.unitId, fileHash: job.fileHash, status: "COMMITTED" },
      select: { id: true },
    });
    if (same) throw conflict("Tệp này đã được nhập trước đó; không nhập lại để tránh thu trùng.");
    // A row whose member left the unit, or whose month was paid by payroll since the preview.
    const [clash] = await tx.$queryRaw<{ rowNo: number }[]>`
      SELECT r."rowNo" FROM "DuesImportRow" r
      LEFT JOIN "Member" m ON m.id = r."memberId" AND m."unitId" = ${actor.unitId}
      WHERE r."importId" = ${job.id}
        AND (m.id IS NULL OR EXISTS (
          SELECT 1 FROM "DuesPayment" p
          WHERE p."unitId" = ${actor.unitId} AND p."memberId" = r."memberId" AND p.method = 'PAYROLL'
            AND p.month = to_date(r.month, 'YYYY-MM')
          GROUP BY p."memberId", p.month HAVING SUM(p.amount) > 0))
      ORDER BY r."rowNo" LIMIT 1`;
    if (clash)
      throw conflict(`Dòng ${clash.rowNo}: tháng này vừa được ghi trích lương. Tải tệp lên lại để kiểm tra.`);
    const written = await tx.$executeRaw`
      INSERT INTO "DuesPayment" (id, "unitId", "memberId", month, amount, method, "paidOn", "groupId",
                                 "importId", "createdById", "createdAt", "updatedAt")
      SELECT 'dp' || replace(gen_random_uuid()::text, '-', ''), ${actor.unitId}, r."memberId",
             to_date(r.month, 'YYYY-MM'), r.amount, 'PAYROLL', ${job.paidOn}::date, m."groupId",
             ${job.id}, ${actor.userId}, now(), now()
      FROM "DuesImportRow" r JOIN "Member" m ON m.id = r."memberId"
      WHERE r."importId" = ${job.id}`;
    if (written !== job.rowCount) throw conflict("Danh sách đã thay đổi: tải tệp lên lại để kiểm tra.");
    const moved = await tx.duesImport.updateMany({
      where: { id: job.id, status: "PREVIEW" },
      data: { status: "COMMITTED", committedAt: new Date() },
    });
    if (moved.count !== 1) throw conflict("Danh sách này đã được ghi sổ.");
    const [{ total }] = await tx.$queryRaw<{ total: bigint }[]>`
      SELECT COALESCE(SUM(amount), 0)::bigint AS total FROM "DuesPayment" WHERE "importId" = ${job.id}`;
    await postDuesToFund(tx, {
      unitId: actor.unitId,
      date: job.paidOn,
      direction: "IN",
      account: "BANK",
      category: "DUES",
      amount: total,
      description: `Đoàn phí trích qua lương (${written} khoản, tệp ${job.fileName})`,
      source: { kind: "dues_collection", id: job.id },
      actorId: actor.userId,
    });
    await writeAudit(tx, actor, {
      action: "dues.import.commit",
      entityType: "DuesImport",
      entityId: job.id,
      after: { rows: written, total: Number(total) },
    });
    return { id: job.id, rows: written, total: Number(total) };
  }, COMMIT_TX);
}

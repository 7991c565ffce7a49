import "server-only";
// Writes a checked payroll list: all rows or none. Refused while any row has an error (the
// accountant fixes the file and uploads it again), when the same file was already committed, or when
// a month it pays was paid by payroll since the preview (checked again under a lock on the unit).
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { postDuesToFund } from "./fund-link";
import type { PayrollRow } from "./import/rows";
import { monthDate } from "./labels";
import type { commitImportSchema } from "./schema";

export async function commitDuesImport(actor: Actor, input: z.output<typeof commitImportSchema>) {
  const job = await db.duesImport.findFirst({
    where: { id: input.importId, unitId: actor.unitId },
    select: {
      id: true,
      status: true,
      errorCount: true,
      rows: true,
      paidOn: true,
      fileHash: true,
      fileName: true,
      total: true,
    },
  });
  if (!job) throw notFound();
  if (job.status !== "PREVIEW") throw conflict("Danh sách này đã được ghi sổ.");
  if (job.errorCount > 0)
    throw conflict(`Còn ${job.errorCount} dòng lỗi: sửa tệp rồi tải lên lại. Chưa ghi dòng nào.`);
  const rows = job.rows as PayrollRow[];
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`dues-import:${actor.unitId}`}))`;
      const same = await tx.duesImport.findFirst({
        where: { unitId: actor.unitId, fileHash: job.fileHash, status: "COMMITTED" },
        select: { id: true },
      });
      if (same) throw conflict("Tệp này đã được nhập trước đó; không nhập lại để tránh thu trùng.");
      const members = await tx.member.findMany({
        where: { id: { in: [...new Set(rows.map((r) => r.memberId!))] }, unitId: actor.unitId },
        select: { id: true, groupId: true },
      });
      const groupOf = new Map(members.map((m) => [m.id, m.groupId]));
      const paid = await tx.duesPayment.groupBy({
        by: ["memberId", "month"],
        where: { unitId: actor.unitId, method: "PAYROLL", memberId: { in: [...groupOf.keys()] } },
        _sum: { amount: true },
      });
      const already = new Set(
        paid
          .filter((p) => (p._sum.amount ?? 0) > 0)
          .map((p) => `${p.memberId}|${p.month.toISOString().slice(0, 7)}`),
      );
      const clash = rows.find((r) => already.has(`${r.memberId}|${r.month}`) || !groupOf.has(r.memberId!));
      if (clash)
        throw conflict(
          `Dòng ${clash.rowNo}: tháng này vừa được ghi trích lương. Tải tệp lên lại để kiểm tra.`,
        );
      await tx.duesPayment.createMany({
        data: rows.map((r) => ({
          unitId: actor.unitId,
          memberId: r.memberId!,
          month: monthDate(r.month),
          amount: r.amount,
          method: "PAYROLL" as const,
          paidOn: job.paidOn,
          groupId: groupOf.get(r.memberId!)!,
          importId: job.id,
          createdById: actor.userId,
        })),
      });
      const moved = await tx.duesImport.updateMany({
        where: { id: job.id, status: "PREVIEW" },
        data: { status: "COMMITTED", committedAt: new Date() },
      });
      if (moved.count !== 1) throw conflict("Danh sách này đã được ghi sổ.");
      await postDuesToFund(tx, {
        unitId: actor.unitId,
        date: job.paidOn,
        direction: "IN",
        account: "BANK",
        category: "DUES",
        amount: job.total,
        description: `Đoàn phí trích qua lương (${rows.length} khoản, tệp ${job.fileName})`,
        source: { kind: "dues_collection", id: job.id },
        actorId: actor.userId,
      });
      await writeAudit(tx, actor, {
        action: "dues.import.commit",
        entityType: "DuesImport",
        entityId: job.id,
        after: { rows: rows.length, total: job.total },
      });
      return { id: job.id, rows: rows.length, total: job.total };
    },
    { timeout: 60_000 },
  );
}

import "server-only";
// The uploaded payroll list: read in the bounded child process (the member import's reader, decision
// 0066), checked row by row against the unit, and kept as a preview until it is committed.
import { createHash } from "node:crypto";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { readRowsBounded } from "@/lib/members/import/sheet-process";
import { checkPayrollRows, findPayrollHeader, type PayrollLookups } from "./rows";

export async function loadPayrollLookups(unitId: string): Promise<PayrollLookups> {
  const [members, paid] = await Promise.all([
    db.member.findMany({ where: { unitId }, select: { id: true, cardNumber: true, searchName: true } }),
    db.duesPayment.groupBy({
      by: ["memberId", "month"],
      where: { unitId, method: "PAYROLL" },
      _sum: { amount: true },
    }),
  ]);
  const byCard = new Map<string, { id: string; searchName: string }>();
  const byName = new Map<string, string[]>();
  for (const m of members) {
    if (m.cardNumber) byCard.set(m.cardNumber, { id: m.id, searchName: m.searchName });
    byName.set(m.searchName, [...(byName.get(m.searchName) ?? []), m.id]);
  }
  const paidByPayroll = new Set(
    paid
      .filter((p) => (p._sum.amount ?? 0) > 0)
      .map((p) => `${p.memberId}|${p.month.toISOString().slice(0, 7)}`),
  );
  return { byCard, byName, paidByPayroll };
}

export async function uploadDuesImport(actor: Actor, fileName: string, buffer: Buffer, paidOn: Date) {
  const fileHash = createHash("sha256").update(buffer).digest("hex");
  const done = await db.duesImport.findFirst({
    where: { unitId: actor.unitId, fileHash, status: "COMMITTED" },
    select: { createdAt: true },
  });
  if (done)
    throw new AppError("CONFLICT", "Tệp này đã được nhập trước đó; không nhập lại để tránh thu trùng.");
  const raw = await readRowsBounded(buffer);
  const header = findPayrollHeader(raw);
  if (!header)
    throw new AppError(
      "VALIDATION",
      "Không tìm thấy dòng tiêu đề có các cột “Số thẻ” (hoặc “Họ và tên”), “Tháng”, “Số tiền”.",
    );
  const data = raw
    .slice(header.index + 1)
    .filter((r) => r.cells.some((c) => c.trim() !== ""))
    .filter((r) => !/^(tổng|cộng)/i.test((r.cells.find((c) => c.trim() !== "") ?? "").trim()));
  if (!data.length) throw new AppError("VALIDATION", "Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.");
  const rows = checkPayrollRows(data, header.at, await loadPayrollLookups(actor.unitId));
  const errorCount = rows.filter((r) => r.errors.length).length;
  const total = rows.reduce((s, r) => s + (r.errors.length ? 0 : r.amount), 0);
  return db.$transaction(async (tx) => {
    const job = await tx.duesImport.create({
      data: {
        unitId: actor.unitId,
        fileName: fileName.slice(0, 200),
        fileHash,
        rowCount: rows.length,
        errorCount,
        total,
        rows,
        paidOn,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "dues.import.upload",
      entityType: "DuesImport",
      entityId: job.id,
      after: { fileName, rows: rows.length, errors: errorCount, total },
    });
    return { id: job.id, rowCount: rows.length, errorCount, total };
  });
}

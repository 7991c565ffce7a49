import "server-only";
// The uploaded payroll list: read in the bounded child process (the member import's streaming
// reader, decision 0066), checked row by row against the members the file names, and kept as a
// preview (its rows in DuesImportRow, written in chunks in one transaction) until it is committed.
import { createHash } from "node:crypto";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toSearchText } from "@/lib/format";
import { readRowsBounded } from "@/lib/members/import/sheet-process";
import { loadPayrollLookups } from "./lookups";
import { PREVIEW_CHUNK, writePreviewRows } from "./preview-rows";
import { checkPayrollRows, findPayrollHeader, monthOfCell, type PayrollField } from "./rows";

/** Time the preview's write may take: 60,000 rows in 12 chunks take a few seconds. */
const PREVIEW_TX = { timeout: 120_000, maxWait: 10_000 };

/** The cards, names (of rows without a card) and months the rows name. */
function wantedBy(rows: { cells: string[] }[], at: Record<PayrollField, number>) {
  const cell = (cells: string[], f: PayrollField) => (at[f] >= 0 ? (cells[at[f]] ?? "").trim() : "");
  const cards = new Set<string>();
  const names = new Set<string>();
  const months = new Set<string>();
  for (const { cells } of rows) {
    const card = cell(cells, "card");
    if (card) cards.add(card);
    else if (cell(cells, "name")) names.add(toSearchText(cell(cells, "name")));
    const month = monthOfCell(cell(cells, "month"));
    if (month) months.add(month);
  }
  return { cards: [...cards], names: [...names], months: [...months] };
}

export async function uploadDuesImport(
  actor: Actor,
  fileName: string,
  buffer: Buffer,
  paidOn: Date,
  { chunk = PREVIEW_CHUNK } = {},
) {
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
  const lookups = await loadPayrollLookups(actor.unitId, wantedBy(data, header.at));
  const rows = checkPayrollRows(data, header.at, lookups);
  const errorCount = rows.filter((r) => r.errors.length).length;
  // Each row ≤ 100 triệu đ and at most 100,000 rows: the sum is exact in a JS number (< 2^53).
  const total = rows.reduce((s, r) => s + (r.errors.length ? 0 : r.amount), 0);
  return db.$transaction(async (tx) => {
    const job = await tx.duesImport.create({
      data: {
        unitId: actor.unitId,
        fileName: fileName.slice(0, 200),
        fileHash,
        rowCount: rows.length,
        errorCount,
        total: BigInt(total),
        paidOn,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await writePreviewRows(tx, job.id, rows, chunk);
    await writeAudit(tx, actor, {
      action: "dues.import.upload",
      entityType: "DuesImport",
      entityId: job.id,
      after: { fileName, rows: rows.length, errors: errorCount, total },
    });
    return { id: job.id, rowCount: rows.length, errorCount, total };
  }, PREVIEW_TX);
}

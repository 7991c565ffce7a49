"use server";
// The import's mutations after the upload: confirm ambiguous matches, and write the valid rows.
import { legacyAction } from "@/lib/action";
import { writeAudit } from "@/lib/audit/log";
import { db } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors";
import { chooseAllSchema, chooseMatchSchema, commitImportSchema, STALE_MS } from "./schema";
import { writeImport } from "./write";

async function ownImport(importId: string, unitId: string) {
  const job = await db.memberImport.findFirst({
    where: { id: importId, unitId },
    select: { id: true, status: true, fileName: true, updatedAt: true },
  });
  if (!job) throw notFound();
  return job;
}

/** Choose which stored member an ambiguous row is, or import it as new, or skip it. */
export const chooseImportMatch = legacyAction(
  { name: "member-import.choose", permission: "members.import", schema: chooseMatchSchema },
  async (input, actor) => {
    const job = await ownImport(input.importId, actor.unitId);
    if (job.status !== "PREVIEW") throw conflict("Lần nhập này không còn ở bước xem trước.");
    const row = await db.memberImportRow.findUnique({
      where: { importId_rowNo: { importId: job.id, rowNo: input.rowNo } },
      select: { outcome: true, candidates: true },
    });
    const ids = ((row?.candidates ?? []) as { id: string }[]).map((c) => c.id);
    if (!row || row.outcome !== "AMBIGUOUS") throw notFound();
    if (!["new", "skip", ...ids].includes(input.choice))
      throw new AppError("VALIDATION", "Lựa chọn không hợp lệ.", { choice: "Lựa chọn không hợp lệ." });
    await db.$transaction(async (tx) => {
      await tx.memberImportRow.update({
        where: { importId_rowNo: { importId: job.id, rowNo: input.rowNo } },
        data: { choice: input.choice },
      });
      await writeAudit(tx, actor, {
        action: "member-import.choose",
        entityType: "MemberImport",
        entityId: job.id,
        after: { rowNo: input.rowNo, choice: input.choice },
      });
    });
    return { rowNo: input.rowNo, choice: input.choice };
  },
);

/** The same choice ("new" or "skip") for every ambiguous row not chosen yet. */
export const chooseAllAmbiguous = legacyAction(
  { name: "member-import.choose-all", permission: "members.import", schema: chooseAllSchema },
  async (input, actor) => {
    const job = await ownImport(input.importId, actor.unitId);
    if (job.status !== "PREVIEW") throw conflict("Lần nhập này không còn ở bước xem trước.");
    const count = await db.$transaction(async (tx) => {
      const r = await tx.memberImportRow.updateMany({
        where: { importId: job.id, outcome: "AMBIGUOUS", choice: null },
        data: { choice: input.choice },
      });
      await writeAudit(tx, actor, {
        action: "member-import.choose-all",
        entityType: "MemberImport",
        entityId: job.id,
        after: { choice: input.choice, rows: r.count },
      });
      return r.count;
    });
    return { count };
  },
);

/** Writes every valid row (and the confirmed ambiguous ones) in one transaction; the page polls the progress. */
export const commitMemberImport = legacyAction(
  { name: "member-import.commit", permission: "members.import", schema: commitImportSchema },
  async (input, actor) => {
    const job = await ownImport(input.importId, actor.unitId);
    // A WRITING job untouched for minutes was cut off (its transaction rolled back): it may be retried.
    const stale = new Date(Date.now() - STALE_MS);
    const claimed = await db.memberImport.updateMany({
      where: { id: job.id, OR: [{ status: "PREVIEW" }, { status: "WRITING", updatedAt: { lt: stale } }] },
      data: { status: "WRITING", phase: "write", progress: 0, error: null },
    });
    if (claimed.count === 0)
      throw conflict(
        job.status === "DONE"
          ? "Tệp này đã được nhập xong."
          : "Lần nhập này đang được ghi hoặc không còn ở bước xem trước.",
      );
    try {
      return await writeImport(actor, job.id, job.fileName, (pct) =>
        db.memberImport.update({ where: { id: job.id }, data: { progress: pct } }),
      );
    } catch (err) {
      const message =
        err instanceof AppError
          ? err.message
          : "Nhập thất bại; không có thay đổi nào được ghi. Vui lòng thử lại.";
      await db.memberImport
        .update({ where: { id: job.id }, data: { status: "PREVIEW", error: message } })
        .catch(() => {});
      throw err;
    }
  },
);

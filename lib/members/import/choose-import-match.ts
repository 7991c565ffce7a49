import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors";
import { ownImport } from "./own-import";
import type { ChooseMatchInput } from "./schema";

/** Choose which stored member an ambiguous row is, or import it as new, or skip it. */
export async function chooseImportMatch(actor: Actor, input: ChooseMatchInput) {
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
}

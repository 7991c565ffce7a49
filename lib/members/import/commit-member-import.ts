import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError, conflict } from "@/lib/errors";
import { ownImport } from "./own-import";
import { type CommitImportInput, STALE_MS } from "./schema";
import { writeImport } from "./write";
import { writeCutOff } from "./writer-lock";

/** Writes every valid row (and the confirmed ambiguous ones) in one transaction; the page polls the progress. */
export async function commitMemberImport(actor: Actor, input: CommitImportInput) {
  const job = await ownImport(input.importId, actor.unitId);
  // A WRITING job that was cut off (its transaction rolled back: no live writer, or no progress for
  // minutes) may be retried; its updatedAt as read here, so two retries cannot both claim it.
  const cutOff = await writeCutOff(job, STALE_MS);
  const claimed = await db.memberImport.updateMany({
    where: {
      id: job.id,
      OR: [
        { status: "PREVIEW" },
        ...(cutOff ? [{ status: "WRITING" as const, updatedAt: job.updatedAt }] : []),
      ],
    },
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
}

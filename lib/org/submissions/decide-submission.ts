import "server-only";
// The cấp trên's answer to a paper (decision 0089): only for a unit of its own subtree, only the
// current version, only while it waits (SUBMITTED). Returned needs a comment; accepting locks it.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { inSentence, SUBMISSION_STATE_LABELS } from "@/lib/submissions/labels";
import { lockPaper } from "@/lib/submissions/lock";
import { isInSubtree } from "../queries";

export const STALE =
  "Hồ sơ này không còn là bản đang chờ tiếp nhận (đơn vị đã gửi bản mới, hoặc bản này đã được xử lý). Tải lại trang để xem bản hiện tại.";

export async function decideSubmission(
  actor: Actor,
  submissionId: string,
  to: "RETURNED" | "ACCEPTED",
  comment: string | undefined,
) {
  const s = await db.submission.findUnique({
    where: { id: submissionId },
    select: { id: true, unitId: true, year: true, kind: true, version: true, state: true },
  });
  // Another cấp trên's unit, or no such paper: the same "not found".
  if (!s || !(await isInSubtree(db, actor.unitId, s.unitId))) throw notFound();
  const now = clock.now();
  return db.$transaction(async (tx) => {
    await lockPaper(tx, s.unitId, s.year, s.kind);
    const latest = await tx.submission.findFirst({
      where: { unitId: s.unitId, year: s.year, kind: s.kind },
      orderBy: { version: "desc" },
      select: { id: true },
    });
    // Conditional on the state read: a second tab, or a new version sent meanwhile, changes nothing.
    const changed =
      latest?.id === s.id
        ? await tx.submission.updateMany({
            where: { id: s.id, state: "SUBMITTED" },
            data: { state: to, comment: comment ?? null, decidedById: actor.userId, decidedAt: now },
          })
        : { count: 0 };
    if (changed.count !== 1) throw conflict(STALE);
    await writeAudit(tx, actor, {
      action: to === "RETURNED" ? "submission.return" : "submission.accept",
      entityType: "Submission",
      entityId: s.id,
      before: { state: s.state },
      after: {
        state: to,
        comment: comment ?? null,
        unitId: s.unitId,
        kind: s.kind,
        year: s.year,
        version: s.version,
      },
    });
    await notify(tx, {
      kind: to === "RETURNED" ? "SUBMISSION_RETURNED" : "SUBMISSION_ACCEPTED",
      submissionId: s.id,
    });
    return {
      id: s.id,
      unitId: s.unitId,
      message: `Bản ${s.version}: ${inSentence(SUBMISSION_STATE_LABELS[to])}.`,
    };
  });
}

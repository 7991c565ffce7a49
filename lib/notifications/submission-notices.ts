import "server-only";
// The cấp trên's answer to a paper the CĐCS sent (lib/org/submissions, decision 0089): its chủ tịch
// and phó chủ tịch (who may send) and whoever sent that version hear of it.
import * as clock from "@/lib/clock";
import type { Tx } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { SUBMISSION_KIND_LABELS } from "@/lib/submissions/labels";
import type { Notice } from "./deliver";
import { usersWithPermission } from "./recipients";

export async function submissionDecided(
  tx: Tx,
  kind: "SUBMISSION_RETURNED" | "SUBMISSION_ACCEPTED",
  submissionId: string,
): Promise<Notice[]> {
  const s = await tx.submission.findUniqueOrThrow({
    where: { id: submissionId },
    select: {
      unitId: true,
      year: true,
      kind: true,
      version: true,
      comment: true,
      submittedById: true,
      decidedAt: true,
      unit: { select: { parent: { select: { name: true } } } },
    },
  });
  const senders = await usersWithPermission(tx, s.unitId, "submissions.send", clock.today());
  const paper = `${SUBMISSION_KIND_LABELS[s.kind]} năm ${s.year} (bản ${s.version})`;
  const upper = s.unit.parent?.name ?? "Công đoàn cấp trên";
  const returned = kind === "SUBMISSION_RETURNED";
  return [
    {
      kind,
      eventKey: `${returned ? "submission-returned" : "submission-accepted"}:${submissionId}`,
      recipients: [...senders, s.submittedById],
      title: returned ? "Cấp trên trả lại hồ sơ" : "Cấp trên đã tiếp nhận hồ sơ",
      body: returned
        ? `${upper} trả lại ${paper} ngày ${formatDate(s.decidedAt)}: ${s.comment ?? ""}`
        : `${upper} đã tiếp nhận ${paper} ngày ${formatDate(s.decidedAt)}.${s.comment ? ` Ý kiến: ${s.comment}` : ""}`,
      link: "/submissions",
    },
  ];
}

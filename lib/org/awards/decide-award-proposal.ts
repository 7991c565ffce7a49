import "server-only";
// The cấp trên's verdict on one proposal (decision 0090): Khen, or Không khen with a reason, on a
// proposal of an accepted AWARDS_FILE submission of its subtree. The proposal is copied from the
// submission as sent. A line a quyết định already carries is locked (a correction revokes it).
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { acceptedAwardsFile } from "../submitted";
import type { decideProposalSchema } from "./schema";

export const NOT_ACCEPTED =
  "Hồ sơ khen thưởng này chưa được tiếp nhận (hoặc đã có bản mới). Vui lòng tải lại trang.";
export const NO_PROPOSAL = "Không có đề nghị này trong hồ sơ đã gửi.";
export const ISSUED = "Đề nghị này đã có trong quyết định đã ban hành; muốn sửa phải ra quyết định thu hồi.";
export const STALE = "Ý kiến về đề nghị này vừa được người khác thay đổi. Vui lòng tải lại trang.";

export async function decideAwardProposal(actor: Actor, v: z.output<typeof decideProposalSchema>) {
  return db.$transaction(async (tx) => {
    const file = await acceptedAwardsFile(tx, actor, v.submissionId);
    if (file.state !== "ACCEPTED") throw conflict(NOT_ACCEPTED);
    const p = file.payload.proposals.find((x) => x.proposalRef === v.proposalRef);
    if (!p) throw conflict(NO_PROPOSAL);
    const [found] = await tx.$queryRaw<{ id: string; version: number; decisionId: string | null }[]>`
      SELECT id, version, "decisionId" FROM "UpperAwardLine"
       WHERE "submissionId" = ${file.id} AND "proposalRef" = ${p.proposalRef} FOR UPDATE`;
    if (found?.decisionId) throw conflict(ISSUED);
    if ((found?.version ?? 0) !== v.version) throw conflict(STALE);
    const data = {
      verdict: v.verdict,
      reason: v.reason || null,
      decidedById: actor.userId,
      decidedAt: clock.now(),
    };
    const saved = found
      ? await tx.upperAwardLine.update({
          where: { id: found.id, version: found.version },
          data: { ...data, version: { increment: 1 } },
        })
      : await tx.upperAwardLine.create({
          data: {
            ...data,
            upperUnitId: actor.unitId,
            unitId: file.unitId,
            year: file.year,
            submissionId: file.id,
            proposalRef: p.proposalRef,
            subject: p.subject,
            memberId: p.memberId ?? null,
            groupId: p.groupId ?? null,
            displayName: p.displayName,
            position: p.position ?? null,
            form: p.form,
            summary: p.summary || null,
          },
        });
    await writeAudit(tx, actor, {
      action: "org.awards.decide",
      entityType: "UpperAwardLine",
      entityId: saved.id,
      before: found ? { version: found.version } : null,
      after: { submissionId: file.id, proposalRef: p.proposalRef, verdict: v.verdict, reason: data.reason },
    });
    return { id: saved.id, version: saved.version, verdict: saved.verdict };
  });
}

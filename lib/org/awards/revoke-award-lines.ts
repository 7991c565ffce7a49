import "server-only";
// A correction (decision 0090): a new quyết định, with its own number, date and reason, that revokes
// lines of earlier ones. Nothing is deleted: the lines and the CĐCS's rows say which decision
// revoked them. Only issued, not yet revoked lines of the actor's own decisions.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, invalid } from "@/lib/errors";
import { parseDateInput, type z } from "@/lib/validation";
import { writeRevocationBack } from "./flow-back";
import { NUMBER_USED } from "./issue-award-decision";
import { SIGNER_TITLES, type revokeLinesSchema } from "./schema";

export const NOT_REVOCABLE =
  "Chỉ thu hồi được dòng đã ban hành và chưa bị thu hồi của quyết định do đơn vị mình ban hành. Vui lòng tải lại trang.";

export async function revokeAwardLines(actor: Actor, v: z.output<typeof revokeLinesSchema>) {
  return db.$transaction(async (tx) => {
    const ids = [...new Set(v.lineIds)];
    const lines = await tx.$queryRaw<
      {
        id: string;
        unitId: string;
        proposalRef: string;
        subject: string;
        displayName: string;
        verdict: "AWARD" | "NO_AWARD";
        reason: string | null;
      }[]
    >`SELECT id, "unitId", "proposalRef", subject, "displayName", verdict::text AS verdict, reason
        FROM "UpperAwardLine"
       WHERE id = ANY(${ids}) AND "upperUnitId" = ${actor.unitId} AND year = ${v.year}
         AND verdict = 'AWARD' AND "decisionId" IS NOT NULL AND "revokedByDecisionId" IS NULL
       FOR UPDATE`;
    if (lines.length !== ids.length) throw conflict(NOT_REVOCABLE);
    const used = await tx.upperAwardDecision.findFirst({
      where: { upperUnitId: actor.unitId, number: v.number },
      select: { id: true },
    });
    if (used) throw invalid({ number: NUMBER_USED }, NUMBER_USED);
    const decision = await tx.upperAwardDecision.create({
      data: {
        upperUnitId: actor.unitId,
        year: v.year,
        kind: "CORRECTION",
        number: v.number,
        signedOn: parseDateInput(v.signedOn)!,
        signerName: v.signerName,
        signerTitle: SIGNER_TITLES[v.signerTitle].title,
        reason: v.reason,
        issuedById: actor.userId,
      },
    });
    await tx.upperAwardLine.updateMany({
      where: { id: { in: ids }, revokedByDecisionId: null },
      data: { revokedByDecisionId: decision.id, version: { increment: 1 } },
    });
    await writeRevocationBack(tx, actor, lines, v.number);
    await writeAudit(tx, actor, {
      action: "org.awards.revoke",
      entityType: "UpperAwardDecision",
      entityId: decision.id,
      before: null,
      after: { year: v.year, number: v.number, reason: v.reason, lineIds: ids },
    });
    return { id: decision.id, revoked: ids.length };
  });
}

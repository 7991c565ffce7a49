import "server-only";
// "Ban hành quyết định" (decision 0090): one operation, one transaction. Every decided line of the
// year not yet in a quyết định (of CĐCS still in the subtree) goes into a new UpperAwardDecision
// with its number, date and signer, and flows back into each CĐCS's own TitleAward rows. A line is
// issued once: a second call finds nothing pending and is refused, as is a number already used.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, invalid } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseDateInput, type z } from "@/lib/validation";
import { subtreeCte } from "../tree";
import { writeAwardsBack } from "./flow-back";
import { SIGNER_TITLES, type issueDecisionSchema } from "./schema";

export const NOTHING_TO_ISSUE =
  "Chưa có đề nghị nào được quyết “Khen” mà chưa ban hành. Quyết từng đề nghị trước khi ban hành quyết định.";
export const NUMBER_USED = "Số quyết định này đã được dùng. Nhập số khác.";

type PendingLine = {
  id: string;
  unitId: string;
  proposalRef: string;
  subject: string;
  displayName: string;
  verdict: "AWARD" | "NO_AWARD";
  reason: string | null;
};

export async function issueAwardDecision(actor: Actor, v: z.output<typeof issueDecisionSchema>) {
  return db.$transaction(async (tx) => {
    const lines = await tx.$queryRaw<PendingLine[]>(Prisma.sql`${subtreeCte(actor.unitId)}
      SELECT l.id, l."unitId", l."proposalRef", l.subject, l."displayName", l.verdict::text AS verdict, l.reason
        FROM "UpperAwardLine" l JOIN subtree s ON s.id = l."unitId"
       WHERE l."upperUnitId" = ${actor.unitId} AND l.year = ${v.year}
         AND l."decisionId" IS NULL AND l."revokedByDecisionId" IS NULL
       ORDER BY l.id FOR UPDATE OF l`);
    if (!lines.some((l) => l.verdict === "AWARD")) throw conflict(NOTHING_TO_ISSUE);
    const used = await tx.upperAwardDecision.findFirst({
      where: { upperUnitId: actor.unitId, number: v.number },
      select: { id: true },
    });
    if (used) throw invalid({ number: NUMBER_USED }, NUMBER_USED);
    const upper = await tx.unit.findUniqueOrThrow({ where: { id: actor.unitId }, select: { name: true } });
    const signedOn = parseDateInput(v.signedOn)!;
    const decision = await tx.upperAwardDecision.create({
      data: {
        upperUnitId: actor.unitId,
        year: v.year,
        kind: "AWARD",
        number: v.number,
        signedOn,
        signerName: v.signerName,
        signerTitle: SIGNER_TITLES[v.signerTitle].title,
        issuedById: actor.userId,
      },
    });
    await tx.upperAwardLine.updateMany({
      where: { id: { in: lines.map((l) => l.id) }, decisionId: null },
      data: { decisionId: decision.id },
    });
    await writeAwardsBack(tx, actor, lines, { number: v.number, signedOn, conferrer: upper.name });
    await writeAudit(tx, actor, {
      action: "org.awards.issue",
      entityType: "UpperAwardDecision",
      entityId: decision.id,
      before: null,
      after: {
        year: v.year,
        number: v.number,
        signedOn: v.signedOn,
        signerName: v.signerName,
        lines: lines.map((l) => ({ id: l.id, unitId: l.unitId, verdict: l.verdict })),
      },
    });
    return {
      id: decision.id,
      awarded: lines.filter((l) => l.verdict === "AWARD").length,
      notAwarded: lines.filter((l) => l.verdict === "NO_AWARD").length,
    };
  });
}

import "server-only";
// The quyết định's write into each CĐCS's own records (decision 0090; 0083 "the only write across
// the boundary"): the TitleAward row each proposal came from (proposalRef) gets the cấp trên's
// verdict, the decision's number and date and the conferring cấp trên, so the CĐCS's titles list,
// its members' and tổ's pages and its year-end papers show them. A row is found only in the CĐCS
// the line belongs to; a proposal whose row is gone refuses the whole quyết định.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import type { Tx } from "@/lib/db";
import { conflict } from "@/lib/errors";

type Line = {
  id: string;
  unitId: string;
  proposalRef: string;
  subject: string;
  displayName: string;
  verdict: "AWARD" | "NO_AWARD";
  reason: string | null;
};
type Decision = { number: string; signedOn: Date; conferrer: string };

export const MISSING_RECORD = (name: string) =>
  `Không tìm thấy hồ sơ gốc của đề nghị “${name}” ở CĐCS. Vui lòng đề nghị CĐCS gửi lại hồ sơ khen thưởng.`;

/** The CĐCS's TitleAward rows of the lines, each only within its own unit. */
async function recordsOf(tx: Tx, lines: Line[]) {
  const rows = await tx.titleAward.findMany({
    where: { id: { in: lines.map((l) => l.proposalRef) } },
    select: { id: true, ratingYear: { select: { unitId: true } } },
  });
  return new Map(rows.map((r) => [r.id, r.ratingYear.unitId]));
}

export async function writeAwardsBack(tx: Tx, actor: Actor, lines: Line[], d: Decision) {
  const unitOf = await recordsOf(tx, lines);
  for (const l of lines) {
    if (unitOf.get(l.proposalRef) === l.unitId) continue;
    // The CĐCS itself as subject may have no row of its own: the decision is its record then.
    if (l.subject === "UNIT") continue;
    throw conflict(MISSING_RECORD(l.displayName));
  }
  for (const l of lines) {
    if (unitOf.get(l.proposalRef) !== l.unitId) continue;
    const data = {
      upperVerdict: l.verdict,
      upperReason: l.reason,
      upperDecisionNo: d.number,
      upperDecisionOn: d.signedOn,
      upperConferrer: d.conferrer,
      upperRevokedNo: null,
      upperLineId: l.id,
    };
    await tx.titleAward.update({
      where: { id: l.proposalRef },
      data: { ...data, version: { increment: 1 } },
    });
    await writeAudit(tx, actor, {
      action: "rating.title.upper",
      entityType: "TitleAward",
      entityId: l.proposalRef,
      before: null,
      after: { ...data, upperDecisionOn: d.signedOn.toISOString().slice(0, 10) },
    });
  }
}

/** A correction: the CĐCS's rows keep the award and say which quyết định revoked it. */
export async function writeRevocationBack(tx: Tx, actor: Actor, lines: Line[], number: string) {
  const unitOf = await recordsOf(tx, lines);
  for (const l of lines) {
    if (unitOf.get(l.proposalRef) !== l.unitId) continue;
    await tx.titleAward.update({
      where: { id: l.proposalRef },
      data: { upperRevokedNo: number, version: { increment: 1 } },
    });
    await writeAudit(tx, actor, {
      action: "rating.title.upper.revoke",
      entityType: "TitleAward",
      entityId: l.proposalRef,
      before: null,
      after: { upperRevokedNo: number },
    });
  }
}

import "server-only";
// What /org/awards reads (decision 0090): the proposals of the subtree's accepted hồ sơ khen
// thưởng of the year, grouped by unit, each with the cấp trên's verdict so far; and its quyết
// định of the year. Only what the CĐCS sent (the awards list prints names, nothing more).
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { AwardProposal } from "@/lib/submissions/payloads";
import { acceptedAwardsFiles } from "../submitted";

export type ProposalRow = AwardProposal & {
  line: {
    id: string;
    version: number;
    verdict: "AWARD" | "NO_AWARD";
    reason: string | null;
    decisionNo: string | null;
    revokedNo: string | null;
  } | null;
};

export async function getAwardsPage(actor: Actor, year: number) {
  const files = await acceptedAwardsFiles(db, actor, year);
  const [lines, decisions] = await Promise.all([
    db.upperAwardLine.findMany({
      where: { upperUnitId: actor.unitId, year, submissionId: { in: files.map((f) => f.id) } },
      select: {
        id: true,
        submissionId: true,
        proposalRef: true,
        version: true,
        verdict: true,
        reason: true,
        decision: { select: { number: true } },
        revokedBy: { select: { number: true } },
      },
    }),
    db.upperAwardDecision.findMany({
      where: { upperUnitId: actor.unitId, year },
      orderBy: [{ signedOn: "asc" }, { issuedAt: "asc" }],
      select: {
        id: true,
        kind: true,
        number: true,
        signedOn: true,
        signerName: true,
        reason: true,
        _count: { select: { lines: { where: { verdict: "AWARD" } }, revoked: true } },
      },
    }),
  ]);
  const byKey = new Map(lines.map((l) => [`${l.submissionId}/${l.proposalRef}`, l]));
  const units = files.map((f) => ({
    unitId: f.unitId,
    unitName: f.unitName,
    submissionId: f.id,
    version: f.version,
    proposals: f.payload.proposals.map((p): ProposalRow => {
      const l = byKey.get(`${f.id}/${p.proposalRef}`);
      return {
        ...p,
        line: l
          ? {
              id: l.id,
              version: l.version,
              verdict: l.verdict,
              reason: l.reason,
              decisionNo: l.decision?.number ?? null,
              revokedNo: l.revokedBy?.number ?? null,
            }
          : null,
      };
    }),
  }));
  const all = units.flatMap((u) => u.proposals);
  return {
    year,
    units,
    decisions,
    counts: {
      proposals: all.length,
      undecided: all.filter((p) => !p.line).length,
      pendingAward: all.filter((p) => p.line && !p.line.decisionNo && p.line.verdict === "AWARD").length,
      pendingNoAward: all.filter((p) => p.line && !p.line.decisionNo && p.line.verdict === "NO_AWARD").length,
    },
  };
}
export type AwardsPage = Awaited<ReturnType<typeof getAwardsPage>>;

// The cấp trên's thẩm định and awards rows of the "database unchanged" snapshot (see unit-snapshot.ts):
// what concerns the given CĐCS (its thẩm định, the verdicts on its proposals, the decisions that carry them).
import { db } from "@/lib/db";
import type { DomainSnapshot } from "./unit-snapshot";

export async function snapshotOrgAppraisal(unitIds: string[]): Promise<DomainSnapshot> {
  const [appraisals, lines] = await Promise.all([
    db.upperAppraisal.findMany({ where: { unitId: { in: unitIds } }, orderBy: { id: "asc" } }),
    db.upperAwardLine.findMany({ where: { unitId: { in: unitIds } }, orderBy: { id: "asc" } }),
  ]);
  const decisionIds = lines
    .flatMap((l) => [l.decisionId, l.revokedByDecisionId])
    .filter((x): x is string => !!x);
  const decisions = await db.upperAwardDecision.findMany({
    where: { OR: [{ id: { in: decisionIds } }, { upperUnitId: { in: unitIds } }] },
    orderBy: { id: "asc" },
  });
  return {
    rows: { upperAppraisals: appraisals, upperAwardLines: lines, upperAwardDecisions: decisions },
    entityIds: [...appraisals, ...lines, ...decisions].map((x) => x.id),
  };
}

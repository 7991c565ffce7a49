// The UBKT's rows of the "database unchanged" snapshot (see unit-snapshot.ts): every table the
// inspections actions can write, for the given units, in a stable order.
import { db } from "@/lib/db";
import type { DomainSnapshot } from "./unit-snapshot";

export async function snapshotInspections(unitIds: string[]): Promise<DomainSnapshot> {
  const byId = { orderBy: { id: "asc" as const } };
  const [plan, inspections] = await Promise.all([
    db.inspectionPlanItem.findMany({ where: { unitId: { in: unitIds } }, ...byId }),
    db.inspection.findMany({ where: { unitId: { in: unitIds } }, ...byId }),
  ]);
  const inInspection = { inspectionId: { in: inspections.map((i) => i.id) } };
  const [team, findings, recommendations] = await Promise.all([
    db.inspectionTeamMember.findMany({
      where: inInspection,
      orderBy: [{ inspectionId: "asc" }, { memberId: "asc" }],
    }),
    db.inspectionFinding.findMany({ where: inInspection, ...byId }),
    db.inspectionRecommendation.findMany({ where: inInspection, ...byId }),
  ]);
  const [evidence, responses] = await Promise.all([
    db.inspectionEvidence.findMany({ where: { findingId: { in: findings.map((f) => f.id) } }, ...byId }),
    db.inspectionResponse.findMany({
      where: { recommendationId: { in: recommendations.map((r) => r.id) } },
      ...byId,
    }),
  ]);
  return {
    rows: {
      inspectionPlanItems: plan,
      inspections,
      inspectionTeam: team,
      inspectionFindings: findings,
      inspectionEvidence: evidence,
      inspectionRecommendations: recommendations,
      inspectionResponses: responses,
    },
    entityIds: [plan, inspections, findings, recommendations].flatMap((list) => list.map((x) => x.id)),
  };
}

// The emulation rows of the "database unchanged" snapshot (see unit-snapshot.ts): every table the
// emulation actions can write, for the given unit ids, in a stable order.
import { db } from "@/lib/db";
import type { DomainSnapshot } from "./unit-snapshot";

export async function snapshotEmulation(unitIds: string[]): Promise<DomainSnapshot> {
  const inUnit = { unitId: { in: unitIds } };
  const byId = { orderBy: { id: "asc" as const } };
  const [movements, titles, commendations, years] = await Promise.all([
    db.emulationMovement.findMany({ where: inUnit, ...byId }),
    db.emulationTitle.findMany({ where: inUnit, ...byId }),
    db.emulationCommendation.findMany({ where: inUnit, ...byId }),
    db.emulationYear.findMany({ where: inUnit, ...byId }),
  ]);
  const yearIds = { yearId: { in: years.map((y) => y.id) } };
  const [criteria, levels, yearMovements, registrations, assessments] = await Promise.all([
    db.emulationCriterion.findMany({ where: yearIds, ...byId }),
    db.emulationLevel.findMany({ where: yearIds, ...byId }),
    db.emulationYearMovement.findMany({ where: yearIds, ...byId }),
    db.emulationRegistration.findMany({ where: yearIds, ...byId }),
    db.emulationSelfAssessment.findMany({ where: yearIds, ...byId }),
  ]);
  const [commitments, scores, outcomes] = await Promise.all([
    db.emulationCommitment.findMany({
      where: { registrationId: { in: registrations.map((r) => r.id) } },
      ...byId,
    }),
    db.emulationScore.findMany({ where: { assessmentId: { in: assessments.map((a) => a.id) } }, ...byId }),
    db.emulationCommitmentOutcome.findMany({
      where: { assessmentId: { in: assessments.map((a) => a.id) } },
      ...byId,
    }),
  ]);
  const rows = {
    emulationMovements: movements,
    emulationTitles: titles,
    emulationCommendations: commendations,
    emulationYears: years,
    emulationCriteria: criteria,
    emulationLevels: levels,
    emulationYearMovements: yearMovements,
    emulationRegistrations: registrations,
    emulationCommitments: commitments,
    emulationAssessments: assessments,
    emulationScores: scores,
    emulationOutcomes: outcomes,
  };
  return { rows, entityIds: Object.values(rows).flatMap((list) => list.map((x) => x.id)) };
}

// Emulation records for the integration tests and the action matrix: a unit's catalogue, an open
// year whose deadline and window include today, and registrations / self-assessments in a state.
import { db } from "@/lib/db";
import {
  DEFAULT_COMMENDATIONS,
  DEFAULT_CRITERIA,
  DEFAULT_MOVEMENTS,
  DEFAULT_TITLES,
} from "@/lib/emulation/defaults";
import { DEFAULT_LEVELS } from "@/lib/emulation/levels";
import { makeMember } from "../../factories/records";
import { SUITE_MOMENT } from "../../support/today";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export async function ensureCatalogue(unitId: string) {
  await db.emulationMovement.createMany({
    data: DEFAULT_MOVEMENTS.map((m) => ({ unitId, ...m })),
    skipDuplicates: true,
  });
  await db.emulationTitle.createMany({
    data: DEFAULT_TITLES.map((t) => ({ unitId, ...t })),
    skipDuplicates: true,
  });
  await db.emulationCommendation.createMany({
    data: DEFAULT_COMMENDATIONS.map((c) => ({ unitId, ...c })),
    skipDuplicates: true,
  });
  const [titles, movements] = await Promise.all([
    db.emulationTitle.findMany({ where: { unitId } }),
    db.emulationMovement.findMany({ where: { unitId } }),
  ]);
  return {
    titles,
    movements,
    title: (name: string) => titles.find((t) => t.name === name)!,
    movement: (name: string) => movements.find((m) => m.name === name)!,
  };
}

type YearOpts = { year?: number; deadline?: string; opens?: string; closes?: string };

/** The unit's year (2026 unless told), created once: deadline and window wide open unless told. */
export async function ensureYear(unitId: string, o: YearOpts = {}) {
  const year = o.year ?? 2026;
  const found = await db.emulationYear.findUnique({
    where: { unitId_year: { unitId, year } },
    include: { criteria: { orderBy: { position: "asc" } } },
  });
  if (found) return found;
  const y = await db.emulationYear.create({
    data: {
      unitId,
      year,
      registrationDeadline: day(o.deadline ?? "2099-12-31"),
      assessmentOpensOn: day(o.opens ?? "2020-01-01"),
      assessmentClosesOn: day(o.closes ?? "2099-12-31"),
    },
  });
  await db.emulationCriterion.createMany({
    data: DEFAULT_CRITERIA.map((c, i) => ({ yearId: y.id, position: i + 1, ...c })),
  });
  await db.emulationLevel.createMany({
    data: DEFAULT_LEVELS.map((l, i) => ({ yearId: y.id, position: i + 1, ...l })),
  });
  return db.emulationYear.findUniqueOrThrow({
    where: { id: y.id },
    include: { criteria: { orderBy: { position: "asc" } } },
  });
}

/** A member of the tổ with a registration in the given state (and its programme). */
export async function registered(
  unitId: string,
  groupId: string,
  yearId: string,
  state: "DRAFT" | "SUBMITTED" | "FORWARDED" | "APPROVED" | "RETURNED",
  gender: "MALE" | "FEMALE" = "FEMALE",
) {
  const member = await makeMember(db, { unitId, groupId, gender });
  const sent = state !== "DRAFT";
  const reg = await db.emulationRegistration.create({
    data: {
      yearId,
      subjectKey: `m:${member.id}`,
      memberId: member.id,
      state,
      titleIds: [],
      movementIds: [],
      firstSubmittedAt: sent ? SUITE_MOMENT : null,
      submittedAt: sent ? SUITE_MOMENT : null,
      commitments: {
        create: [
          {
            position: 1,
            kind: "STUDY",
            content: "Hoàn thành một chuyên đề bồi dưỡng",
            target: "1 chuyên đề",
          },
        ],
      },
    },
    include: { commitments: true },
  });
  return { member, reg };
}

/** A member with an approved registration and a submitted self-assessment. */
export async function assessed(unitId: string, groupId: string, yearId: string) {
  const { member, reg } = await registered(unitId, groupId, yearId, "APPROVED");
  const a = await db.emulationSelfAssessment.create({
    data: {
      yearId,
      memberId: member.id,
      state: "SUBMITTED",
      totalPoints: 80,
      proposedLevel: "Hoàn thành tốt nhiệm vụ",
      submittedAt: SUITE_MOMENT,
    },
  });
  return { member, reg, assessment: a };
}

/** Full marks minus one on each criterion: a valid set of scores for the year. */
export const scoresFor = (criteria: { id: string; maxPoints: number }[]) =>
  Object.fromEntries(criteria.map((c) => [c.id, String(c.maxPoints - 1)]));

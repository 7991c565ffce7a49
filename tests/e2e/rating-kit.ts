// A self-contained rating year for the full-chain e2e (tests/e2e/rating-chain.spec.ts): the
// emulation year two after the suite's "this year" (DEMO_YEAR + 2, tests/support/today.ts) of the demo
// unit, copied from this year's (criteria and levels), with every active member registered
// (approved) and self-assessed (submitted), a GROUP_REVIEW meeting of Tổ Toán – Tin and a BCH
// meeting to link the decision to. Its own year, so the demo's last year and this year — which the
// other specs read — are never touched; not next year, where a demo seeded late in December already
// has January's meetings planned (their numbers and invitees would clash).
import { e2eDb } from "./db";
import { ACCOUNTS } from "./helpers";
import { SUITE_MOMENT, DEMO_YEAR } from "../support/today";

export const CHAIN_YEAR = DEMO_YEAR + 2;
export const TEST_GROUP = "Tổ Toán – Tin";

export async function chainUnit() {
  const db = e2eDb();
  const chair = await db.user.findUniqueOrThrow({
    where: { email: ACCOUNTS.chair },
    select: { unitId: true },
  });
  const group = await db.group.findFirstOrThrow({ where: { unitId: chair.unitId, name: TEST_GROUP } });
  const me = await db.user.findUniqueOrThrow({
    where: { email: ACCOUNTS.member },
    select: { member: { select: { id: true, fullName: true } } },
  });
  return { unitId: chair.unitId, group, member: me.member! };
}

/** Builds the CHAIN_YEAR campaign (criteria and levels copied from DEMO_YEAR's) with every active member self-assessed at `points(i)` of each criterion's maximum. */
export async function buildChainYear() {
  const db = e2eDb();
  const { unitId, group } = await chainUnit();
  const source = await db.emulationYear.findFirstOrThrow({
    where: { unitId, year: DEMO_YEAR },
    select: { criteria: { orderBy: { position: "asc" } }, levels: { orderBy: { position: "asc" } } },
  });
  const year = await db.emulationYear.create({
    data: {
      unitId,
      year: CHAIN_YEAR,
      registrationDeadline: new Date(`${CHAIN_YEAR}-01-25`),
      assessmentOpensOn: new Date(`${CHAIN_YEAR}-11-01`),
      assessmentClosesOn: new Date(`${CHAIN_YEAR}-11-30`),
      criteria: {
        create: source.criteria.map((c) => ({
          position: c.position,
          groupName: c.groupName,
          content: c.content,
          maxPoints: c.maxPoints,
        })),
      },
      levels: {
        create: source.levels.map((l) => ({ position: l.position, name: l.name, minPoints: l.minPoints })),
      },
    },
    select: {
      id: true,
      criteria: { orderBy: { position: "asc" } },
      levels: { orderBy: { position: "asc" } },
    },
  });
  const maxTotal = year.criteria.reduce((s, c) => s + c.maxPoints, 0);
  const members = await db.member.findMany({
    where: { unitId, status: "ACTIVE" },
    orderBy: { sortName: "asc" },
    select: { id: true, fullName: true, groupId: true },
  });
  for (const [i, m] of members.entries()) {
    await db.emulationRegistration.create({
      data: {
        yearId: year.id,
        subjectKey: `m:${m.id}`,
        memberId: m.id,
        state: "APPROVED",
        titleIds: [],
        movementIds: [],
        firstSubmittedAt: SUITE_MOMENT,
        submittedAt: SUITE_MOMENT,
        decidedAt: SUITE_MOMENT,
      },
    });
    // Most members self-assess at about 80 % ("tốt"); every fourth at the top.
    const share = i % 4 === 0 ? 0.95 : 0.8;
    const scores = year.criteria.map((c) => ({
      criterionId: c.id,
      selfPoints: Math.round(c.maxPoints * share),
    }));
    const total = scores.reduce((s, x) => s + x.selfPoints, 0);
    const proposedLevel =
      [...year.levels].sort((a, b) => b.minPoints - a.minPoints).find((l) => total >= l.minPoints)?.name ??
      null;
    await db.emulationSelfAssessment.create({
      data: {
        yearId: year.id,
        memberId: m.id,
        state: "SUBMITTED",
        submittedAt: SUITE_MOMENT,
        totalPoints: total,
        proposedLevel,
        comment: "Hoàn thành nhiệm vụ được giao.",
        scores: { create: scores },
      },
    });
  }
  const meeting = (
    type: "GROUP_REVIEW" | "BCH_REGULAR",
    number: number,
    title: string,
    day: string,
    groupId: string | null,
  ) =>
    db.meeting.create({
      data: {
        unitId,
        groupId,
        type,
        year: CHAIN_YEAR,
        number,
        title,
        startsAt: new Date(`${day}T09:30:00Z`),
        place: "Phòng họp",
        status: "HELD",
      },
    });
  await meeting("GROUP_REVIEW", 1, `Họp tổ bình xét năm ${CHAIN_YEAR}`, `${CHAIN_YEAR}-12-05`, group.id);
  await meeting(
    "BCH_REGULAR",
    2,
    `Họp BCH xét kết quả xếp loại năm ${CHAIN_YEAR}`,
    `${CHAIN_YEAR}-12-12`,
    null,
  );
  return { year, members, maxTotal, levels: year.levels.map((l) => l.name) };
}

/**
 * The other tổ were decided earlier (background for the chain): their members get final levels
 * directly, leaving the CĐCS exactly at its quota, so the next "xuất sắc" goes over.
 */
export async function decideOtherGroups(ratingYearId: string, groupId: string, levels: string[]) {
  const db = e2eDb();
  const rows = await db.memberRating.findMany({
    where: { ratingYearId, groupId: { not: groupId }, excludedReason: null },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  // basis = top + tốt = 5 × k → allowed = k: k top, 4k tốt, the rest "hoàn thành".
  const k = Math.floor(rows.length / 6);
  for (const [i, r] of rows.entries()) {
    const level = i < k ? levels[0] : i < 5 * k ? levels[1] : levels[2];
    await db.memberRating.update({
      where: { id: r.id },
      data: { finalLevel: level, decidedAt: SUITE_MOMENT },
    });
  }
  return { top: k, basis: 5 * k };
}

/** Removes the CHAIN_YEAR data again, so that a rerun on the same database starts clean. */
export async function dropChainYear() {
  const db = e2eDb();
  const { unitId } = await chainUnit();
  const ry = await db.ratingYear.findFirst({ where: { unitId, year: CHAIN_YEAR }, select: { id: true } });
  if (ry) {
    const inYear = { ratingYearId: ry.id };
    await db.collectiveScore.deleteMany({ where: { rating: inYear } });
    await db.collectiveRating.deleteMany({ where: inYear });
    await db.ratingCriterion.deleteMany({ where: inYear });
    await db.titleAward.deleteMany({ where: inYear });
    await db.memberRating.deleteMany({ where: inYear });
    await db.groupReview.deleteMany({ where: inYear });
    await db.ratingYear.delete({ where: { id: ry.id } });
  }
  const ey = await db.emulationYear.findFirst({ where: { unitId, year: CHAIN_YEAR }, select: { id: true } });
  if (ey) {
    await db.emulationScore.deleteMany({ where: { assessment: { yearId: ey.id } } });
    await db.emulationSelfAssessment.deleteMany({ where: { yearId: ey.id } });
    await db.emulationRegistration.deleteMany({ where: { yearId: ey.id } });
    await db.emulationCriterion.deleteMany({ where: { yearId: ey.id } });
    await db.emulationLevel.deleteMany({ where: { yearId: ey.id } });
    await db.emulationYear.delete({ where: { id: ey.id } });
  }
  await db.meeting.deleteMany({ where: { unitId, year: CHAIN_YEAR } });
}

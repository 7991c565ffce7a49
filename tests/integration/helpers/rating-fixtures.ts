// Annual rating records for the integration tests and the action matrix: an emulation year with
// an open rating year, tổ bình xét meetings and reviews, and members with a rating row.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { assessed, ensureYear } from "./emulation-fixtures";
import { makeMember } from "../../factories/records";
import { SUITE_MOMENT } from "../../support/today";

/** The unit's emulation year and its rating year (open), created once per unit and year. */
export async function ensureRatingYear(unitId: string, year = 2026) {
  const emulationYear = await ensureYear(unitId, { year });
  const found = await db.ratingYear.findUnique({ where: { unitId_year: { unitId, year } } });
  const ratingYear =
    found ?? (await db.ratingYear.create({ data: { unitId, year, emulationYearId: emulationYear.id } }));
  return { emulationYear, ratingYear };
}

let n = 0;
/** A "Họp tổ bình xét, xếp loại" of the tổ; attendance taken when `present` is given. */
export async function makeReviewMeeting(
  unitId: string,
  groupId: string,
  year = 2026,
  o: { invite?: string[]; present?: string[] } = {},
) {
  const m = await db.meeting.create({
    data: {
      unitId,
      groupId,
      type: "GROUP_REVIEW",
      year,
      number: 50_000 + ++n + Math.floor(Math.random() * 1e6),
      title: `Họp tổ bình xét, xếp loại ${randomUUID().slice(0, 6)}`,
      startsAt: new Date(`${year}-12-10T08:00:00Z`),
      place: "Phòng họp tổ",
      status: "HELD",
    },
  });
  const invite = o.invite ?? [];
  if (invite.length) {
    await db.meetingInvitee.createMany({
      data: invite.map((memberId) => ({
        meetingId: m.id,
        memberId,
        attendance: o.present
          ? o.present.includes(memberId)
            ? ("PRESENT" as const)
            : ("ABSENT" as const)
          : null,
      })),
    });
  }
  return m;
}

/** A tổ review in DRAFT, straight in the database, with its meeting and present count. */
export async function openedReview(unitId: string, groupId: string, year = 2026, presentCount = 10) {
  const { ratingYear, emulationYear } = await ensureRatingYear(unitId, year);
  const existing = await db.groupReview.findUnique({
    where: { ratingYearId_groupId: { ratingYearId: ratingYear.id, groupId } },
  });
  if (existing) return { ratingYear, emulationYear, review: existing };
  const meeting = await makeReviewMeeting(unitId, groupId, year);
  const review = await db.groupReview.create({
    data: { ratingYearId: ratingYear.id, groupId, meetingId: meeting.id, presentCount },
  });
  return { ratingYear, emulationYear, review };
}

/**
 * A member of the tổ with a rating row; `assessed` (default) gives them an approved registration
 * and a submitted self-assessment scoring every criterion two below its maximum.
 */
export async function ratedMember(
  unitId: string,
  groupId: string,
  year = 2026,
  o: { assessed?: boolean } = {},
) {
  const { ratingYear, emulationYear } = await ensureRatingYear(unitId, year);
  let memberId: string;
  let assessmentId: string | null = null;
  if (o.assessed === false) {
    memberId = (await makeMember(db, { unitId, groupId })).id;
  } else {
    const a = await assessed(unitId, groupId, emulationYear.id);
    memberId = a.member.id;
    assessmentId = a.assessment.id;
    await db.emulationScore.createMany({
      data: emulationYear.criteria.map((c) => ({
        assessmentId: a.assessment.id,
        criterionId: c.id,
        selfPoints: c.maxPoints - 2,
      })),
    });
    const total = emulationYear.criteria.reduce((s, c) => s + c.maxPoints - 2, 0);
    await db.emulationSelfAssessment.update({ where: { id: a.assessment.id }, data: { totalPoints: total } });
  }
  const rating = await db.memberRating.create({ data: { ratingYearId: ratingYear.id, memberId, groupId } });
  return { memberId, assessmentId, rating, criteria: emulationYear.criteria, ratingYear };
}

// ---- Titles awarded and collective ratings (engineer C) ----

/** The rating year with its tổ and CĐCS templates (the defaults), created when missing. */
export async function ratingYearWithTemplates(unitId: string, year = 2026) {
  const { DEFAULT_GROUP_CRITERIA, DEFAULT_UNIT_CRITERIA } = await import("@/lib/rating/defaults");
  const { ratingYear, emulationYear } = await ensureRatingYear(unitId, year);
  if (!(await db.ratingCriterion.count({ where: { ratingYearId: ratingYear.id } }))) {
    await db.ratingCriterion.createMany({
      data: [
        ...DEFAULT_GROUP_CRITERIA.map((c, i) => ({
          ...c,
          ratingYearId: ratingYear.id,
          scope: "GROUP" as const,
          position: i + 1,
        })),
        ...DEFAULT_UNIT_CRITERIA.map((c, i) => ({
          ...c,
          ratingYearId: ratingYear.id,
          scope: "UNIT" as const,
          position: i + 1,
        })),
      ],
    });
  }
  const criteria = await db.ratingCriterion.findMany({
    where: { ratingYearId: ratingYear.id },
    orderBy: [{ scope: "asc" }, { position: "asc" }],
  });
  return {
    ratingYear,
    emulationYear,
    group: criteria.filter((c) => c.scope === "GROUP"),
    unit: criteria.filter((c) => c.scope === "UNIT"),
  };
}

/** Scores for every criterion given, each `below` under its maximum. */
export const collectiveScores = (criteria: { id: string; maxPoints: number }[], below = 1) =>
  criteria.map((c) => ({ criterionId: c.id, points: c.maxPoints - below }));

/**
 * A member of the tổ with an approved registration naming the given titles, rated at `level`
 * (Hoàn thành xuất sắc unless told; null = no rating row), with the given bar from titles.
 */
export async function registeredForTitles(
  unitId: string,
  groupId: string,
  year: number,
  titleNames: string[],
  o: {
    level?: string | null;
    gender?: "MALE" | "FEMALE";
    awardBarReason?: string;
    registered?: boolean;
  } = {},
) {
  const { ensureCatalogue } = await import("./emulation-fixtures");
  const cat = await ensureCatalogue(unitId);
  const { ratingYear, emulationYear } = await ensureRatingYear(unitId, year);
  const member = await makeMember(db, { unitId, groupId, gender: o.gender });
  const reg = await db.emulationRegistration.create({
    data: {
      yearId: emulationYear.id,
      subjectKey: `m:${member.id}`,
      memberId: member.id,
      state: o.registered === false ? "RETURNED" : "APPROVED",
      titleIds: titleNames.map((t) => cat.title(t).id),
      movementIds: [],
    },
  });
  const level = o.level === undefined ? "Hoàn thành xuất sắc nhiệm vụ" : o.level;
  const rating =
    level === null
      ? null
      : await db.memberRating.create({
          data: {
            ratingYearId: ratingYear.id,
            memberId: member.id,
            groupId,
            finalLevel: level,
            awardBarReason: o.awardBarReason ?? null,
          },
        });
  return { member, reg, rating, ratingYear, cat, titleId: (name: string) => cat.title(name).id };
}

/** A tổ's approved registration of collective titles, with the BCH's level of the tổ (null = not rated). */
export async function groupRegisteredForTitles(
  unitId: string,
  groupId: string,
  year: number,
  titleNames: string[],
  level: string | null,
) {
  const { ensureCatalogue } = await import("./emulation-fixtures");
  const cat = await ensureCatalogue(unitId);
  const { ratingYear, emulationYear } = await ensureRatingYear(unitId, year);
  const reg = await db.emulationRegistration.create({
    data: {
      yearId: emulationYear.id,
      subjectKey: `g:${groupId}`,
      groupId,
      state: "APPROVED",
      titleIds: titleNames.map((t) => cat.title(t).id),
      movementIds: [],
    },
  });
  if (level)
    await db.collectiveRating.create({
      data: {
        ratingYearId: ratingYear.id,
        scope: "GROUP",
        subjectKey: `g:${groupId}`,
        groupId,
        finalLevel: level,
      },
    });
  return { reg, ratingYear, titleId: (name: string) => cat.title(name).id };
}

// ---- BCH decision, finalise, publish (engineer B) ----

export const LEVELS = {
  excellent: "Hoàn thành xuất sắc nhiệm vụ",
  good: "Hoàn thành tốt nhiệm vụ",
  done: "Hoàn thành nhiệm vụ",
  fail: "Không hoàn thành nhiệm vụ",
} as const;

let yearSeq = 0;
/**
 * A rating year of its own (a year number no other test uses), so that cells and tests which
 * finalise, publish or change settings never share a year.
 */
export async function freshRatingYear(
  unitId: string,
  o: { quotaMode?: "OFF" | "WARN" | "BLOCK"; publishList?: boolean } = {},
) {
  // Unique within the process (units are per test file or per world): 2101 … 9999, typeable as dd/mm/yyyy.
  const year = 2101 + (++yearSeq % 7800);
  const { ratingYear, emulationYear } = await ensureRatingYear(unitId, year);
  const updated = await db.ratingYear.update({
    where: { id: ratingYear.id },
    data: { quotaMode: o.quotaMode ?? "WARN", publishList: o.publishList ?? false },
  });
  return { ratingYear: updated, emulationYear, year };
}

/** Members of the tổ with a rating row in the year, at the given final levels (null = undecided). */
export async function membersAt(
  unitId: string,
  groupId: string,
  ratingYearId: string,
  levels: (string | null)[],
  extra: { proposedLevel?: string; excludedReason?: string } = {},
) {
  const out = [];
  for (const finalLevel of levels) {
    const m = await makeMember(db, { unitId, groupId });
    out.push(
      await db.memberRating.create({ data: { ratingYearId, memberId: m.id, groupId, finalLevel, ...extra } }),
    );
  }
  return out;
}

/** A BCH meeting of the year, for the decision reference. */
export async function bchMeeting(unitId: string, year: number) {
  return db.meeting.create({
    data: {
      unitId,
      type: "BCH_REGULAR",
      year,
      number: 900_000 + Math.floor(Math.random() * 1e8),
      title: `Họp BCH xét xếp loại ${randomUUID().slice(0, 6)}`,
      startsAt: new Date(`2026-12-20T02:00:00Z`),
      place: "Văn phòng Công đoàn",
      status: "HELD",
    },
  });
}

/** A year ready to finalise: every member decided within the quota, the BCH decision recorded. */
export async function readyYear(
  unitId: string,
  groupId: string,
  o: { publishList?: boolean; members?: number } = {},
) {
  const y = await freshRatingYear(unitId, { publishList: o.publishList });
  const meeting = await bchMeeting(unitId, y.year);
  await db.ratingYear.update({
    where: { id: y.ratingYear.id },
    data: {
      decisionMeetingId: meeting.id,
      decisionRef: "05/NQ-CĐCS",
      decidedOn: new Date("2026-12-20T00:00:00Z"),
    },
  });
  const n = o.members ?? 5;
  const rows = await membersAt(unitId, groupId, y.ratingYear.id, [
    LEVELS.excellent,
    ...Array.from({ length: n - 1 }, () => LEVELS.good),
  ]);
  return { ...y, meeting, rows };
}

/** The same, finalised (and published when told), straight in the database. */
export async function finalisedYear(
  unitId: string,
  groupId: string,
  o: { published?: boolean; publishList?: boolean } = {},
) {
  const y = await readyYear(unitId, groupId, o);
  const now = SUITE_MOMENT;
  await db.ratingYear.update({
    where: { id: y.ratingYear.id },
    data: { status: "FINALISED", finalisedAt: now, publishedAt: o.published ? now : null },
  });
  await db.memberRating.updateMany({ where: { ratingYearId: y.ratingYear.id }, data: { finalisedAt: now } });
  return y;
}

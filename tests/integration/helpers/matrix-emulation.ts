// The emulation rows of the action matrix (see action-matrix.ts and matrix-kit.ts).
// Self actions write their audit row on the registration / self-assessment, not on the member,
// so they are "unit" scoped here; emulation-scope.test.ts checks that they only reach one's own.
import { db } from "@/lib/db";
import { assessed, ensureCatalogue, ensureYear, registered, scoresFor } from "./emulation-fixtures";
import { BCH, NOBODY, next, row, SELF, tag, type MatrixRow } from "./matrix-kit";
import { makeMember } from "../../factories/records";

const LEADER_A = {
  ...NOBODY,
  leaderSameGroup: "ok",
  leaderOtherGroup: "NOT_FOUND",
  chair: "NOT_FOUND",
  chairOfOtherUnit: "NOT_FOUND",
} as const;
const dates = {
  registrationDeadline: "25/01/2026",
  assessmentOpensOn: "01/11/2026",
  assessmentClosesOn: "30/11/2026",
};
const freshYear = (unitId: string) => ensureYear(unitId, { year: 1900 + next() });

export const EMULATION_MATRIX: Record<string, MatrixRow> = {
  "emulation.saveOwnRegistrationAction": row({
    permission: "emulation.self",
    scope: "unit",
    prepare: async (w) => ({ year: await ensureYear(w.unit.id), cat: await ensureCatalogue(w.unit.id) }),
    input: ({ year, cat }) => ({
      yearId: year.id,
      titleIds: [cat.title("Lao động tiên tiến").id],
      movementIds: [],
      intent: "submit",
      commitments: [
        { kind: "STUDY", content: "Hoàn thành chuyên đề bồi dưỡng thường xuyên", target: "1 chuyên đề" },
      ],
    }),
    // Another unit's year is not found.
    expected: { ...SELF, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "emulation.saveGroupRegistrationAction": row({
    permission: "emulation.review.group",
    scope: "own tổ",
    prepare: async (w) => ({ year: await ensureYear(w.unit.id), cat: await ensureCatalogue(w.unit.id) }),
    input: ({ year, cat }, w) => ({
      yearId: year.id,
      groupId: w.groupA.id,
      titleIds: [cat.title("Tổ công đoàn vững mạnh").id],
      movementIds: [],
      commitments: [],
      intent: "submit",
    }),
    expected: LEADER_A,
  }),
  "emulation.forwardRegistrationsAction": row({
    permission: "emulation.review.group",
    scope: "own tổ",
    prepare: async (w) => {
      const year = await ensureYear(w.unit.id);
      return { year, ...(await registered(w.unit.id, w.groupA.id, year.id, "SUBMITTED")) };
    },
    input: ({ year, reg }, w) => ({ yearId: year.id, groupId: w.groupA.id, registrationIds: [reg.id] }),
    expected: LEADER_A,
  }),
  "emulation.decideRegistrationsAction": row({
    permission: "emulation.approve",
    scope: "unit",
    prepare: async (w) => {
      const year = await ensureYear(w.unit.id);
      return { year, ...(await registered(w.unit.id, w.groupA.id, year.id, "FORWARDED")) };
    },
    input: ({ year, reg }) => ({ yearId: year.id, registrationIds: [reg.id], decision: "APPROVE" }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "emulation.allowLateRegistrationAction": row({
    permission: "emulation.approve",
    scope: "unit",
    prepare: async (w) => ({
      year: await ensureYear(w.unit.id),
      member: await makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id }),
    }),
    input: ({ year, member }) => ({ yearId: year.id, memberId: member.id }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "emulation.saveSelfAssessmentAction": row({
    permission: "emulation.self",
    scope: "unit",
    prepare: (w) => ensureYear(w.unit.id),
    input: (year) => ({
      yearId: year.id,
      scores: scoresFor(year.criteria),
      comment: "Hoàn thành tốt nhiệm vụ",
      outcomes: [],
      intent: "submit",
    }),
    expected: { ...SELF, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "emulation.returnSelfAssessmentAction": row({
    permission: "emulation.review.group",
    scope: "own tổ",
    prepare: async (w) => assessed(w.unit.id, w.groupA.id, (await ensureYear(w.unit.id)).id),
    input: ({ assessment }) => ({
      assessmentId: assessment.id,
      reason: "Bổ sung minh chứng cho cam kết nhiệm vụ",
    }),
    expected: LEADER_A,
  }),
  "emulation.openEmulationYearAction": row({
    permission: "emulation.manage",
    scope: "unit",
    prepare: async () => 2100 - next(),
    input: (year) => ({ year, ...dates, template: "default" }),
    expected: { ...BCH, chairOfOtherUnit: "ok" },
  }),
  "emulation.updateEmulationYearAction": row({
    permission: "emulation.manage",
    scope: "unit",
    prepare: (w) => freshYear(w.unit.id),
    input: (y) => ({ id: y.id, ...dates, registrationDeadline: "31/01/2026", status: "OPEN" }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "emulation.saveEmulationTemplateAction": row({
    permission: "emulation.manage",
    scope: "unit",
    prepare: (w) => freshYear(w.unit.id),
    input: (y) => ({
      yearId: y.id,
      criteria: y.criteria.map((c, i) => ({
        id: c.id,
        groupName: c.groupName,
        content: c.content,
        maxPoints: i === 0 ? c.maxPoints + 5 : c.maxPoints,
      })),
      levels: [
        { name: "Xuất sắc", minPoints: 95 },
        { name: "Tốt", minPoints: 75 },
        { name: "Đạt", minPoints: 0 },
      ],
    }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "emulation.saveYearMovementAction": row({
    permission: "emulation.manage",
    scope: "unit",
    prepare: async (w) => ({ year: await ensureYear(w.unit.id), cat: await ensureCatalogue(w.unit.id) }),
    input: ({ year, cat }) => ({
      yearId: year.id,
      movementId: cat.movements[0].id,
      launchedOn: "15/01/2026",
      goal: `Mục tiêu ${tag()}`,
    }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "emulation.saveCatalogueItemAction": row({
    permission: "emulation.manage",
    scope: "unit",
    input: () => ({
      kind: "movement",
      name: `Phong trào Dạy tốt – Học tốt ${tag()}`,
      description: "",
      eligibility: "ANY",
    }),
    expected: { ...BCH, chairOfOtherUnit: "ok" },
  }),
  "emulation.archiveCatalogueItemAction": row({
    permission: "emulation.manage",
    scope: "unit",
    prepare: (w) =>
      db.emulationTitle.create({
        data: { unitId: w.unit.id, name: `Danh hiệu ${tag()}`, scope: "INDIVIDUAL", level: "Cơ sở" },
      }),
    input: (t) => ({ kind: "title", id: t.id, archived: true }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),
};

/** Actions not run by the matrix, with the reason and where they are covered instead. */
export const EMULATION_NOT_COVERED: Record<string, string> = {};

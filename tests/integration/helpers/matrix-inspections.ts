// The UBKT's rows of the action matrix (see action-matrix.ts and matrix-kit.ts): the UBKT writes
// only here (inspections.manage), the BCH answers recommendations (inspections.respond), and no one
// else — the chủ tịch included — changes an inspection.
import { db } from "@/lib/db";
import { inUnit, NOBODY, row, type MatrixRow } from "./matrix-kit";
import type { World } from "./world";
import { makeInspection, makePlanItem } from "../../factories/inspections";
import { TEST_TODAY, THIS_YEAR } from "../../support/today";

/** inspections.manage: the UBKT; the chair of another unit has no such permission either. */
const UBKT = { ...NOBODY, ubkt: "ok", chairOfOtherUnit: "FORBIDDEN" } as const;
/** inspections.respond: the BCH; another unit's chair finds no such recommendation. */
const BCH_ANSWERS = {
  ...NOBODY,
  bchMember: "ok",
  viceChair: "ok",
  chair: "ok",
  chairOfOtherUnit: "NOT_FOUND",
} as const;

const leader = (w: World) => w.memberIdOf("ubkt")!;
const inspection = (w: World, status: "PLANNED" | "IN_PROGRESS" | "CONCLUDED", extra = {}) =>
  makeInspection(db, {
    unitId: w.unit.id,
    leaderMemberId: leader(w),
    year: THIS_YEAR,
    status,
    startedOn: TEST_TODAY,
    ...extra,
  });

export const INSPECTIONS_MATRIX: Record<string, MatrixRow> = {
  "inspections.createPlanItemAction": row({
    scope: "unit",
    input: () => ({
      year: THIS_YEAR,
      subject: "FINANCE",
      content: "Thu, chi tài chính công đoàn năm trước",
      periodLabel: "Năm trước",
      plannedMonth: "3",
      team: "Chủ nhiệm UBKT (trưởng đoàn)",
    }),
    expected: UBKT,
  }),
  "inspections.archivePlanItemAction": row({
    scope: "unit",
    prepare: (w) => makePlanItem(db, w.unit.id, THIS_YEAR),
    input: (p) => ({ id: p.id }),
    expected: UBKT,
  }),
  "inspections.createInspectionAction": row({
    scope: "unit",
    input: (_, w) => ({
      planItemId: "",
      year: THIS_YEAR,
      subject: "WELFARE",
      title: "Kiểm tra chi thăm hỏi năm trước",
      inspectedParty: "Ban Chấp hành Công đoàn cơ sở",
      periodFrom: `01/01/${THIS_YEAR - 1}`,
      periodTo: `31/12/${THIS_YEAR - 1}`,
      leaderMemberId: leader(w),
      memberIds: [],
    }),
    expected: UBKT,
  }),
  "inspections.startInspectionAction": row({
    scope: "unit",
    prepare: (w) => inspection(w, "PLANNED"),
    input: (f) => ({ id: f.inspection.id }),
    expected: UBKT,
  }),
  "inspections.withdrawInspectionAction": row({
    scope: "unit",
    prepare: (w) => inspection(w, "PLANNED"),
    input: (f) => ({ id: f.inspection.id, reason: "Trùng với đợt kiểm tra của cấp trên" }),
    expected: UBKT,
  }),
  "inspections.addFindingAction": row({
    scope: "unit",
    prepare: async (w) => ({ ...(await inspection(w, "IN_PROGRESS")), m: await inUnit(w) }),
    input: (f) => ({
      inspectionId: f.inspection.id,
      text: "Chi thăm hỏi thiếu chứng từ",
      severity: "SHORTCOMING",
      evidence: [{ kind: "member", refId: f.m.id }],
    }),
    expected: UBKT,
  }),
  "inspections.withdrawFindingAction": row({
    scope: "unit",
    prepare: (w) => inspection(w, "IN_PROGRESS", { finding: true }),
    input: (f) => ({ id: f.finding!.id }),
    expected: UBKT,
  }),
  "inspections.addRecommendationAction": row({
    scope: "unit",
    prepare: (w) => inspection(w, "IN_PROGRESS", { finding: true }),
    input: (f) => ({
      inspectionId: f.inspection.id,
      findingId: f.finding!.id,
      text: "Bổ sung chứng từ cho khoản chi",
      responsible: "Ban Chấp hành CĐCS",
      dueOn: `31/12/${THIS_YEAR}`,
    }),
    expected: UBKT,
  }),
  "inspections.withdrawRecommendationAction": row({
    scope: "unit",
    prepare: (w) => inspection(w, "IN_PROGRESS", { recommendation: "OPEN" }),
    input: (f) => ({ id: f.recommendation!.id }),
    expected: UBKT,
  }),
  "inspections.concludeInspectionAction": row({
    scope: "unit",
    prepare: (w) => inspection(w, "IN_PROGRESS", { finding: true }),
    input: (f) => ({
      id: f.inspection.id,
      concludedOn: TEST_TODAY,
      conclusion: "Chi đúng đối tượng, còn thiếu chứng từ một khoản.",
      inspectedRepName: "Trần Thị Thu Hà",
      inspectedRepTitle: "Chủ tịch CĐCS",
    }),
    expected: UBKT,
  }),
  "inspections.respondRecommendationAction": row({
    scope: "unit",
    prepare: (w) => inspection(w, "CONCLUDED", { recommendation: "OPEN" }),
    input: (f) => ({
      recommendationId: f.recommendation!.id,
      text: "Đã bổ sung chứng từ",
      doneOn: TEST_TODAY,
    }),
    expected: BCH_ANSWERS,
  }),
  "inspections.reviewResponseAction": row({
    scope: "unit",
    prepare: (w) => inspection(w, "CONCLUDED", { recommendation: "ANSWERED" }),
    input: (f) => ({ recommendationId: f.recommendation!.id, accepted: true, note: "" }),
    expected: UBKT,
  }),
  "inspections.closeInspectionAction": row({
    scope: "unit",
    prepare: (w) => inspection(w, "CONCLUDED", { recommendation: "ACCEPTED" }),
    input: (f) => ({ id: f.inspection.id }),
    expected: UBKT,
  }),
};

/** Actions not run by the matrix, with the reason and where they are covered instead. */
export const INSPECTIONS_NOT_COVERED: Record<string, string> = {};

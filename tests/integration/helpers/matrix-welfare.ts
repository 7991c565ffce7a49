// The welfare rows of the action matrix (see action-matrix.ts and matrix-kit.ts).
import { db } from "@/lib/db";
import { inUnit, next, NOBODY, row, tag, type MatrixRow } from "./matrix-kit";
import type { World } from "./world";
import { makeWelfareCategory, makeWelfareVisit } from "../../factories/welfare";

/** welfare.record: ủy viên BCH, phó chủ tịch, chủ tịch. */
const RECORD = { ...NOBODY, bchMember: "ok", viceChair: "ok", chair: "ok" } as const;
/** welfare.approve and welfare.rules.write: phó chủ tịch and chủ tịch only. */
const APPROVE = { ...NOBODY, viceChair: "ok", chair: "ok" } as const;
/** welfare.propose: the BCH for anyone, a tổ trưởng for their own tổ. */
const PROPOSE = { ...RECORD, leaderSameGroup: "ok", leaderOtherGroup: "VALIDATION" } as const;

const sick = (w: World) =>
  makeWelfareCategory(db, w.unit.id, {
    rate: { defaultAmount: 300_000, maxPerTime: 1_000_000, maxTimesPerYear: 2 },
  });
const visitIn = async (w: World, state: "PROPOSED" | "APPROVED" | "DONE") => {
  const [m, c] = await Promise.all([inUnit(w), sick(w)]);
  return makeWelfareVisit(db, { unitId: w.unit.id, memberId: m.id, categoryId: c.id, state });
};
const visitForm = (memberId: string, categoryId: string) => ({
  memberId,
  categoryId,
  relativeName: "",
  relationship: "",
  eventOn: "15/03/2026",
  visitedOn: "",
  amount: "500.000",
  giftInKind: "",
  fund: "UNION_FUND",
  receiptNumber: "",
  note: "",
  visitorIds: [],
  overrideReason: "",
  overrideDecisionRef: "",
});

export const WELFARE_MATRIX: Record<string, MatrixRow> = {
  "welfare.previewVisitLimitsAction": row({
    scope: "own tổ",
    readOnly: true,
    prepare: async (w) => ({ m: await inUnit(w), c: await sick(w) }),
    input: (f) => ({ memberId: f.m.id, categoryId: f.c.id, eventOn: "15/03/2026", amount: "500.000" }),
    // The member is not one they may propose for: not found.
    expected: { ...PROPOSE, leaderOtherGroup: "NOT_FOUND", chairOfOtherUnit: "NOT_FOUND" },
  }),
  "welfare.createVisitAction": row({
    scope: "own tổ",
    prepare: async (w) => ({ m: await inUnit(w), c: await sick(w) }),
    input: (f) => visitForm(f.m.id, f.c.id),
    // The member is not in their tổ / unit: a field error on memberId.
    expected: { ...PROPOSE, chairOfOtherUnit: "VALIDATION" },
  }),
  "welfare.updateVisitAction": row({
    scope: "unit",
    prepare: (w) => visitIn(w, "PROPOSED"),
    input: (v) => ({ id: v.id, values: { ...visitForm(v.memberId, v.categoryId), amount: "400.000" } }),
    expected: { ...RECORD, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "welfare.approveVisitAction": row({
    scope: "unit",
    prepare: (w) => visitIn(w, "PROPOSED"),
    input: (v) => ({ id: v.id }),
    expected: { ...APPROVE, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "welfare.recordVisitDoneAction": row({
    scope: "unit",
    prepare: (w) => visitIn(w, "APPROVED"),
    // A receipt number of its own: it is the fund's phiếu chi, unique in the unit's year.
    input: (v) => ({ id: v.id, visitedOn: "20/03/2026", receiptNumber: `PC-${tag()}` }),
    expected: { ...RECORD, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "welfare.cancelVisitAction": row({
    scope: "unit",
    prepare: (w) => visitIn(w, "DONE"),
    input: (v) => ({ id: v.id, reason: "Nhập nhầm đoàn viên" }),
    expected: { ...RECORD, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "welfare.createWelfareCategoryAction": row({
    scope: "unit",
    input: () => ({
      name: `Hỗ trợ học tập ${tag()}`,
      kind: "PAYMENT",
      relativeApplies: true,
      archived: false,
    }),
    expected: { ...APPROVE, chairOfOtherUnit: "ok" },
  }),
  "welfare.updateWelfareCategoryAction": row({
    scope: "unit",
    prepare: sick,
    input: (c) => ({
      id: c.id,
      values: { name: `${c.name} (sửa)`, kind: "PAYMENT", relativeApplies: false, archived: true },
    }),
    expected: { ...APPROVE, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "welfare.createRateVersionAction": row({
    scope: "unit",
    prepare: sick,
    input: (c) => ({
      effectiveFrom: `01/01/${2030 + next()}`,
      adoptedOn: "20/12/2029",
      reference: "Quy chế số 09/QC-CĐCS",
      lines: [
        {
          categoryId: c.id,
          defaultAmount: "400.000",
          maxPerTime: "1.200.000",
          maxTimesPerYear: "2",
          maxAmountPerYear: "",
        },
      ],
    }),
    expected: { ...APPROVE, chairOfOtherUnit: "VALIDATION" },
  }),
  "welfare.setWelfareBudgetAction": row({
    scope: "unit",
    prepare: sick,
    input: (c) => ({ year: 2026, categoryId: c.id, fund: "UNION_FUND", amount: "3.500.000" }),
    expected: { ...APPROVE, chairOfOtherUnit: "VALIDATION" },
  }),
  "welfare.createWelfareNominationAction": row({
    scope: "own tổ",
    prepare: async (w) => {
      const m = await inUnit(w);
      if (!(await db.welfareCategory.findFirst({ where: { unitId: w.unit.id, kind: "NOMINATION" } })))
        await makeWelfareCategory(db, w.unit.id, { name: "Mái ấm Công đoàn", kind: "NOMINATION" });
      return m;
    },
    input: (m) => ({ memberId: m.id, proposedOn: "20/10/2026", situation: "Nhà dột nát sau bão" }),
    expected: { ...PROPOSE, chairOfOtherUnit: "VALIDATION" },
  }),
  "welfare.advanceWelfareNominationAction": row({
    scope: "unit",
    prepare: async (w) => {
      const m = await inUnit(w);
      const c = await makeWelfareCategory(db, w.unit.id, { kind: "NOMINATION" });
      return db.welfareNomination.create({
        data: {
          unitId: w.unit.id,
          memberId: m.id,
          categoryId: c.id,
          proposedOn: new Date("2026-10-20T00:00:00Z"),
          situation: "Nhà dột nát",
        },
      });
    },
    input: (n) => ({ id: n.id, to: "SENT_UP", decisionRef: "Tờ trình 15/TTr-CĐCS", note: "" }),
    expected: { ...RECORD, chairOfOtherUnit: "NOT_FOUND" },
  }),
};

/** Actions not run by the matrix, with the reason and where they are covered instead. */
export const WELFARE_NOT_COVERED: Record<string, string> = {};

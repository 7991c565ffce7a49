// The dues rows of the action matrix (see action-matrix.ts and matrix-kit.ts).
import { db } from "@/lib/db";
import { inUnit, NOBODY, row, type MatrixRow } from "./matrix-kit";
import type { World } from "./world";

/** dues.write: the chủ tịch (and the treasurer). */
const WRITE = { ...NOBODY, chair: "ok" } as const;
/** dues.collect.group: the tổ trưởng for their own tổ, and dues.write. */
const COLLECT = { ...WRITE, leaderSameGroup: "ok", leaderOtherGroup: "NOT_FOUND" } as const;

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** A cash tick in tổ A for March 2026, not yet handed over. */
export async function groupCashPayment(w: World, amount = 30_000) {
  const m = await inUnit(w);
  return db.duesPayment.create({
    data: {
      unitId: w.unit.id,
      memberId: m.id,
      month: day("2026-03-01"),
      amount,
      method: "GROUP_CASH",
      paidOn: day("2026-03-10"),
      groupId: w.groupA.id,
    },
  });
}

/** A checked payroll list of this unit, one clean row. */
async function checkedPayroll(w: World) {
  const m = await inUnit(w);
  return db.duesImport.create({
    data: {
      unitId: w.unit.id,
      fileName: "trich-luong.xlsx",
      fileHash: `hash-${m.id}`,
      rowCount: 1,
      errorCount: 0,
      total: 30_000,
      rows: {
        create: {
          rowNo: 2,
          card: m.cardNumber ?? "",
          name: m.fullName,
          month: "2026-04",
          amount: 30_000,
          memberId: m.id,
          errors: [],
        },
      },
      paidOn: day("2026-04-25"),
    },
  });
}

export const DUES_MATRIX: Record<string, MatrixRow> = {
  "finance.dues.recordDuesPaymentAction": row({
    scope: "own tổ",
    prepare: (w) => inUnit(w),
    input: (m) => ({
      memberId: m.id,
      month: "03/2026",
      amount: "30.000",
      method: "GROUP_CASH",
      paidOn: "10/03/2026",
    }),
    expected: { ...COLLECT, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "finance.dues.reverseDuesPaymentAction": row({
    scope: "own tổ",
    prepare: (w) => groupCashPayment(w),
    input: (p) => ({ paymentId: p.id, reason: "Ghi nhầm người" }),
    expected: { ...COLLECT, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "finance.dues.receiveGroupDuesAction": row({
    scope: "unit",
    prepare: (w) => groupCashPayment(w),
    input: (_p, w) => ({ groupId: w.groupA.id, receivedOn: "31/03/2026" }),
    expected: { ...WRITE, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "finance.dues.recordDuesRemittanceAction": row({
    scope: "unit",
    prepare: (w) => groupCashPayment(w, 100_000),
    input: () => ({
      fromMonth: "03/2026",
      toMonth: "03/2026",
      paidOn: "15/04/2026",
      account: "BANK",
      voucherNo: "UNC-01",
    }),
    // In their own unit nothing was collected in 03/2026: nothing to send.
    expected: { ...WRITE, chairOfOtherUnit: "CONFLICT" },
  }),
  "finance.dues.recordDuesExemptionAction": row({
    scope: "unit",
    prepare: (w) => inUnit(w),
    input: (m) => ({ memberId: m.id, fromMonth: "03/2026", toMonth: "05/2026", reason: "BHXH_BENEFIT" }),
    expected: { ...WRITE, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "finance.dues.reverseDuesExemptionAction": row({
    scope: "unit",
    prepare: async (w) => {
      const m = await inUnit(w);
      return db.duesExemption.create({
        data: {
          unitId: w.unit.id,
          memberId: m.id,
          fromMonth: day("2026-03-01"),
          toMonth: day("2026-04-01"),
          reason: "UNPAID_LEAVE",
        },
      });
    },
    input: (x) => ({ exemptionId: x.id, reason: "Ghi nhầm người" }),
    expected: { ...WRITE, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "finance.dues.setMemberSalaryAction": row({
    scope: "unit",
    prepare: (w) => inUnit(w),
    input: (m) => ({ memberId: m.id, effectiveFrom: "01/07/2026", bhxhSalary: "8.000.000" }),
    expected: { ...WRITE, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "finance.dues.commitDuesImportAction": row({
    scope: "unit",
    prepare: checkedPayroll,
    input: (j) => ({ importId: j.id }),
    expected: { ...WRITE, chairOfOtherUnit: "NOT_FOUND" },
  }),
};

export const DUES_NOT_COVERED: Record<string, string> = {};

// The fund's rows of the action matrix (see action-matrix.ts and matrix-kit.ts). The treasurer is
// not a role of the test world: fund-thu-chi.test.ts checks that role's cells.
import { db } from "@/lib/db";
import { NOBODY, row, tag, type MatrixRow } from "./matrix-kit";
import type { World } from "./world";
import { makeFundCategories, makeFundEntry } from "../../factories/fund";

/** finance.write: the chủ tịch (and the treasurer). */
const WRITE = { ...NOBODY, chair: "ok" } as const;
/** finance.inspect: the UBKT (and the chủ tịch, who holds everything). */
// The UBKT's note on a period: its own act; the chủ tịch, whose books it inspects, may not write it.
const INSPECT = { ...NOBODY, ubkt: "ok", chairOfOtherUnit: "FORBIDDEN" } as const;

const cats = (w: World) => makeFundCategories(db, w.unit.id);

export const FUND_MATRIX: Record<string, MatrixRow> = {
  "finance.fund.createFundEntryAction": row({
    scope: "unit",
    permission: "finance.write",
    prepare: cats,
    input: (c) => ({
      date: "12/03/2026",
      direction: "OUT",
      account: "CASH",
      categoryId: c.ACTIVITIES,
      amount: "1.250.000",
      voucherNo: "",
      description: `Tổ chức 8/3 ${tag()}`,
    }),
    // This unit's category is not one of theirs: a field error on categoryId.
    expected: { ...WRITE, chairOfOtherUnit: "VALIDATION" },
  }),
  "finance.fund.correctFundEntryAction": row({
    scope: "unit",
    permission: "finance.write",
    prepare: (w) =>
      makeFundEntry(db, { unitId: w.unit.id, code: "ADMIN", date: "2026-02-10", amount: 300_000 }),
    input: (e) => ({ id: e.id, date: "15/02/2026", reason: "Ghi nhầm số tiền" }),
    expected: { ...WRITE, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "finance.fund.setFundBudgetAction": row({
    scope: "unit",
    permission: "finance.write",
    prepare: cats,
    input: (c) => ({ year: 2026, categoryId: c.ACTIVITIES, amount: "16.000.000" }),
    expected: { ...WRITE, chairOfOtherUnit: "VALIDATION" },
  }),
  "finance.fund.createFundCategoryAction": row({
    scope: "unit",
    permission: "finance.write",
    input: () => ({ name: `Hỗ trợ thể thao ${tag()}`, direction: "OUT" }),
    // Their own unit gets the category; this unit is untouched.
    expected: { ...WRITE, chairOfOtherUnit: "ok" },
  }),
  "finance.fund.recordFundReconciliationAction": row({
    scope: "unit",
    permission: "finance.write",
    input: () => ({ account: "CASH", date: "31/03/2026", actualBalance: "1.000.000", note: "Kiểm kê quý I" }),
    expected: { ...WRITE, chairOfOtherUnit: "ok" },
  }),
  "finance.fund.addFundInspectionNoteAction": row({
    scope: "unit",
    permission: "finance.inspect",
    input: () => ({
      periodFrom: "01/01/2026",
      periodTo: "31/03/2026",
      note: "Đã kiểm tra chứng từ quý I: đủ.",
    }),
    expected: INSPECT,
  }),
};

export const FUND_NOT_COVERED: Record<string, string> = {};

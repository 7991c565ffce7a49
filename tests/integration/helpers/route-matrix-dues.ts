// The dues rows of the route-handler matrix (see route-matrix-kit.ts).
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import { tag } from "./matrix-kit";
import {
  lastWord,
  readPdf,
  readXlsx,
  ROUTE_CHAIR,
  ROUTE_READERS,
  routeRow,
  type RouteMatrixRow,
} from "./route-matrix-kit";
import type { World } from "./world";
import { makeMember } from "../../factories/records";

/** A payroll list with one row for a member of this unit. */
async function payrollFile(w: World) {
  const m = await makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Trích lương");
  ws.addRow(["Số thẻ", "Họ và tên", "Tháng", "Số tiền"]);
  ws.addRow([m.cardNumber, m.fullName, "04/2026", 30_000]);
  const form = new FormData();
  form.set("file", new File([Buffer.from(await wb.xlsx.writeBuffer())], "trich-luong.xlsx"));
  form.set("paidOn", "25/04/2026");
  return form;
}

/** A member of tổ A with a name no other cell uses, paid for March 2026 in cash to the tổ. */
async function paidInGroupA(w: World) {
  const word = `Zyxwv${tag().replace(/[0-9]/g, "q")}`;
  const m = await makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id, fullName: `Nguyễn Văn ${word}` });
  const payment = await db.duesPayment.create({
    data: {
      unitId: w.unit.id,
      memberId: m.id,
      groupId: w.groupA.id,
      month: new Date("2026-03-01T00:00:00.000Z"),
      amount: 30_000,
      method: "GROUP_CASH",
      paidOn: new Date("2026-03-10T00:00:00.000Z"),
    },
  });
  return { name: m.fullName, payment };
}

/** The sổ: the BCH and UBKT read the unit's; a tổ trưởng their own tổ's (tổ A here), not another's. */
const BOOK_READERS = {
  ...ROUTE_READERS,
  leaderSameGroup: "ok",
  // Their own tổ B's sổ when asking for tổ A: refused, nothing of tổ A shown.
  leaderOtherGroup: 404,
  chairOfOtherUnit: 404,
} as const;

export const DUES_ROUTES: Record<string, RouteMatrixRow> = {
  "/api/finance/dues/book/pdf GET": routeRow({
    permission: "dues.export",
    scope: "own tổ",
    prepare: paidInGroupA,
    request: (_f, w) => ({ query: `?year=2026&group=${w.groupA.id}` }),
    read: readPdf,
    secret: (f) => lastWord(f.name),
    expected: BOOK_READERS,
  }),
  "/api/finance/dues/book/xlsx GET": routeRow({
    permission: "dues.export",
    scope: "own tổ",
    prepare: paidInGroupA,
    request: (_f, w) => ({ query: `?year=2026&group=${w.groupA.id}` }),
    read: readXlsx,
    secret: (f) => f.name,
    expected: BOOK_READERS,
  }),
  "/api/finance/dues/receipt/[id]/pdf GET": routeRow({
    permission: "dues.export",
    scope: "own tổ",
    prepare: paidInGroupA,
    request: (f) => ({ params: { id: f.payment.id } }),
    read: readPdf,
    secret: (f) => lastWord(f.name),
    // A member of the unit who is not the payer: their scope holds only their own payments.
    expected: { ...BOOK_READERS, member: 404 },
  }),
  "/api/finance/dues/import POST": routeRow({
    permission: "dues.write",
    scope: "unit",
    prepare: payrollFile,
    request: (form) => ({ body: form }),
    mutates: true,
    // The chair of another unit previews the file in their own unit (its row is an error there).
    expected: { ...ROUTE_CHAIR, chairOfOtherUnit: "ok" },
  }),
};

export const DUES_ROUTES_NOT_COVERED: Record<string, string> = {};

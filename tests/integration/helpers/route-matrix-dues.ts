// The dues rows of the route-handler matrix (see route-matrix-kit.ts).
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import { ROUTE_CHAIR, routeRow, type RouteMatrixRow } from "./route-matrix-kit";
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

export const DUES_ROUTES: Record<string, RouteMatrixRow> = {
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

// The trust rows of the route-handler matrix: one row per exported method of each
// app/api/**/route.ts of this feature, keyed "/api/<path> <METHOD>" (see route-matrix-kit.ts and
// the Foundation rows in route-matrix.ts). route-matrix.test.ts fails while a route has no row.
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import { tag } from "./matrix-kit";
import { readXlsx, ROUTE_WRITERS, routeRow, type RouteMatrixRow } from "./route-matrix-kit";
import type { World } from "./world";

// ---- member import (lib/members/import) ----
async function importFile(w: World) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("DS");
  ws.addRow(["Họ và tên", "Giới tính", "Ngày vào CĐ", "Tổ công đoàn"]);
  ws.addRow([`Nhập Qua Route ${tag()}`, "Nữ", "01/09/2020", w.groupA.name]);
  const form = new FormData();
  form.set("file", new File([Buffer.from(await wb.xlsx.writeBuffer())], "ds.xlsx"));
  return form;
}

/** A checked import of this unit whose only row carries a name no other cell uses. */
async function checkedImport(w: World) {
  const name = `Dòng Nhập Bí Mật ${tag()}`;
  const job = await db.memberImport.create({
    data: {
      unitId: w.unit.id,
      createdById: w.people.chair.user.id,
      fileName: "ds.xlsx",
      status: "PREVIEW",
      rowCount: 1,
      headers: ["Họ và tên"],
      counts: { NEW: 0, UPDATE: 0, SAME: 0, AMBIGUOUS: 0, ERROR: 1 },
    },
  });
  await db.memberImportRow.create({
    data: { importId: job.id, rowNo: 2, outcome: "ERROR", cells: [name], errors: ["Thiếu giới tính."] },
  });
  return { id: job.id, name };
}

export const TRUST_ROUTES: Record<string, RouteMatrixRow> = {
  "/api/members/import POST": routeRow({
    permission: "members.import",
    scope: "unit",
    prepare: importFile,
    // A fresh file per cell, made in prepare.
    request: (form) => ({ body: form }),
    mutates: true,
    expected: { ...ROUTE_WRITERS, chairOfOtherUnit: "ok" },
  }),
  "/api/members/import/[id] GET": routeRow({
    permission: "members.import",
    scope: "unit",
    prepare: checkedImport,
    request: (f) => ({ params: { id: f.id } }),
    expected: { ...ROUTE_WRITERS, chairOfOtherUnit: 404 },
  }),
  "/api/members/import/[id]/errors GET": routeRow({
    permission: "members.import",
    scope: "unit",
    prepare: checkedImport,
    request: (f) => ({ params: { id: f.id } }),
    read: readXlsx,
    secret: (f) => f.name,
    expected: { ...ROUTE_WRITERS, chairOfOtherUnit: 404 },
  }),
};

/** Routes not run by the matrix, with the reason and where they are covered instead. */
export const TRUST_ROUTES_NOT_COVERED: Record<string, string> = {};

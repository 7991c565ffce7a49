import "server-only";
import ExcelJS from "exceljs";
import { placeAndDate } from "@/lib/format";
import { cycleYearTitle } from "@/lib/settings/cycle";
import type { RegistrationReport } from "./queries/report";

const FONT = { name: "Times New Roman", size: 12 };
const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** "BẢN ĐĂNG KÝ THI ĐUA NĂM …" as a workbook: the header, then parts I, II and III as tables. */
export async function buildRegistrationsWorkbook(r: RegistrationReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sổ Công đoàn";
  const ws = wb.addWorksheet(`Đăng ký thi đua ${r.year}`, {
    pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [{ width: 6 }, { width: 30 }, { width: 22 }, { width: 36 }, { width: 40 }];
  const line = (
    values: (string | number)[],
    style: { bold?: boolean; italic?: boolean; border?: boolean; merge?: boolean; center?: boolean } = {},
  ) => {
    const row = ws.addRow(values);
    if (style.merge) ws.mergeCells(row.number, 1, row.number, 5);
    row.eachCell((c) => {
      c.font = { ...FONT, bold: style.bold, italic: style.italic };
      c.alignment = { vertical: "top", wrapText: true, horizontal: style.center ? "center" : "left" };
      if (style.border) c.border = BORDER;
    });
    return row;
  };
  line([r.unit.parentName.toUpperCase()], { merge: true, center: true });
  line([r.unit.name.toUpperCase()], { merge: true, center: true, bold: true });
  line([placeAndDate(r.unit.placeName, r.date)], { merge: true, center: true, italic: true });
  line([]);
  line([`BẢN ĐĂNG KÝ THI ĐUA ${cycleYearTitle(r.year, r.cycle)}`], { merge: true, center: true, bold: true });
  line(["I. PHONG TRÀO THI ĐUA"], { bold: true });
  line(["TT", "Phong trào", "Ngày phát động", "Mục tiêu", "Số ĐV đăng ký"], { bold: true, border: true });
  for (const m of r.movements) line([m.no, m.name, m.launchedOn, m.goal, m.members], { border: true });
  line(["II. DANH HIỆU TẬP THỂ"], { bold: true });
  line(["TT", "Tổ công đoàn", "", "Danh hiệu đăng ký", "Phong trào"], { bold: true, border: true });
  for (const c of r.collective) line([c.no, c.groupName, "", c.titles, c.movements], { border: true });
  line(["III. DANH SÁCH ĐOÀN VIÊN ĐĂNG KÝ"], { bold: true });
  line(["TT", "Họ và tên", "Tổ", "Danh hiệu", "Phong trào"], { bold: true, border: true });
  for (const m of r.members) line([m.no, m.fullName, m.groupName, m.titles, m.movements], { border: true });
  line([]);
  line(["", "", "", "TM. BAN CHẤP HÀNH - CHỦ TỊCH", ""], { bold: true });
  line(["", "", "", r.chairName, ""], { bold: true });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

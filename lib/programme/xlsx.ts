import "server-only";
// The programme as Excel: one row per item, the period's first and last day as real date cells.
import ExcelJS from "exceljs";
import type { Actor } from "@/lib/auth/current-user";
import { getUnit } from "@/lib/settings/queries";
import { STATE_LABELS } from "./labels";
import { loadProgramme } from "./load";
import { itemNote, programmeTitle } from "./paper";
import { parsePeriod, periodDays } from "./periods";

const FONT = "Times New Roman";
const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADERS = [
  "STT",
  "Tháng / quý",
  "Từ ngày",
  "Đến ngày",
  "Nội dung công việc",
  "Diễn giải",
  "Người phụ trách",
  "Trạng thái",
  "Ghi chú",
];

export async function buildProgrammeWorkbook(actor: Actor, year: number): Promise<Buffer> {
  const [unit, p] = await Promise.all([getUnit(actor.unitId), loadProgramme(actor.unitId, year)]);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sổ Công đoàn";
  const ws = wb.addWorksheet("Chương trình công tác", {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [6, 22, 12, 12, 44, 36, 24, 16, 36].map((width) => ({ width }));
  const put = (cell: string, value: string, bold = false, size = 12) => {
    ws.mergeCells(cell);
    const c = ws.getCell(cell.split(":")[0]);
    c.value = value;
    c.font = { name: FONT, size, bold };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  };
  put("A1:I1", unit.parentName.toUpperCase());
  put("A2:I2", unit.name.toUpperCase(), true);
  put("A4:I4", programmeTitle(p.yearLabel).toUpperCase(), true, 14);
  ws.addRow([]);
  const add = (values: (string | number | Date)[], bold = false) => {
    const r = ws.addRow(values);
    r.eachCell({ includeEmpty: true }, (c) => {
      c.font = { name: FONT, size: 12, bold };
      c.border = BORDER;
      if (c.value instanceof Date) c.numFmt = "dd/mm/yyyy";
      c.alignment = { vertical: "middle", wrapText: typeof c.value === "string" };
    });
  };
  add(HEADERS, true);
  p.items.forEach((i, n) => {
    const { from, to } = periodDays(year, p.cycle, parsePeriod(i.period));
    add([
      n + 1,
      i.periodLabel,
      from,
      to,
      i.title,
      i.content,
      i.ownerName ?? "",
      STATE_LABELS[i.state],
      itemNote(i),
    ]);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

import "server-only";
import ExcelJS from "exceljs";
import * as clock from "@/lib/clock";
import { placeAndDate } from "@/lib/format";
import { MEETING_STATUS_LABELS, MEETING_TYPE_LABELS } from "./labels";
import type { MeetingRegister } from "./stats-queries";

const FONT = { name: "Times New Roman", size: 12 };
const COLUMNS: [string, number][] = [
  ["STT", 6],
  ["Số", 8],
  ["Thời gian", 17],
  ["Cuộc họp", 42],
  ["Loại", 26],
  ["Tổ", 20],
  ["Chủ trì", 22],
  ["Được mời", 10],
  ["Có mặt", 9],
  ["Vắng có lý do", 10],
  ["Vắng không lý do", 10],
  ["Tỷ lệ có mặt", 11],
  ["Trạng thái", 16],
];
const THIN = { style: "thin" } as const;
const VN_OFFSET_MS = 7 * 60 * 60 * 1000; // Asia/Ho_Chi_Minh, no daylight saving
/** Excel keeps no time zone: the cell holds Hà Nội's wall clock, as a date cell Excel can sort and filter. */
const vnWallClock = (moment: Date) => new Date(moment.getTime() + VN_OFFSET_MS);

/** "SỔ THEO DÕI CUỘC HỌP NĂM …": the year's meetings with their attendance rates. */
export async function buildMeetingRegisterWorkbook(r: MeetingRegister): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sổ Công đoàn";
  const ws = wb.addWorksheet(`Cuộc họp ${r.year}`, {
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "6:6",
    },
    views: [{ state: "frozen", ySplit: 6 }],
  });
  ws.columns = COLUMNS.map(([, width]) => ({ width }));
  const line = (row: number, text: string, bold = false, italic = false) => {
    ws.mergeCells(row, 1, row, COLUMNS.length);
    const c = ws.getCell(row, 1);
    c.value = text;
    c.font = { ...FONT, bold, italic, size: row === 4 ? 14 : 12 };
    c.alignment = { horizontal: "center" };
  };
  line(1, `${r.unit.parentName.toUpperCase()} – ${r.unit.name.toUpperCase()}`, true);
  line(2, placeAndDate(r.unit.placeName, clock.today()), false, true);
  line(4, `SỔ THEO DÕI CUỘC HỌP NĂM ${r.year}`, true);
  line(5, `Có mặt ${r.present}/${r.invited} lượt người được mời (${r.rate ?? 0} %)`, false, true);
  const head = ws.getRow(6);
  COLUMNS.forEach(([h], i) => {
    const c = head.getCell(i + 1);
    c.value = h;
    c.font = { ...FONT, bold: true };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    c.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  });
  r.rows.forEach((m, i) => {
    const row = ws.getRow(7 + i);
    const values = [
      i + 1,
      m.number,
      vnWallClock(m.startsAt),
      m.title,
      MEETING_TYPE_LABELS[m.type],
      m.group?.name ?? "",
      m.chair?.fullName ?? "",
      m.invited,
      m.present,
      m.excused,
      m.absent,
      m.rate === null ? "" : m.rate / 100,
      MEETING_STATUS_LABELS[m.status],
    ];
    values.forEach((v, j) => {
      const c = row.getCell(j + 1);
      c.value = v;
      c.font = FONT;
      c.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
      c.alignment = { vertical: "top", wrapText: j === 3 };
      if (j === 11) c.numFmt = "0.0%";
      if (j === 2) c.numFmt = "dd/mm/yyyy hh:mm";
    });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

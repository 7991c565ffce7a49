// The columns of "PHIẾU TỰ ĐÁNH GIÁ, XẾP LOẠI ĐOÀN VIÊN": one layout for the emulation phiếu PDF
// (lib/emulation/pdf/assessment-sheet-paper.ts) and the rating report's phiếu (lib/rating/reports/docs/sheet-doc.ts).
export const ASSESSMENT_SHEET_COLUMNS = [
  { header: "TT", width: 0.6, align: "center" as const },
  { header: "Nội dung tiêu chuẩn", width: 5 },
  { header: "Điểm chuẩn", width: 1, align: "center" as const },
  { header: "Tự chấm", width: 1, align: "center" as const },
  { header: "Tổ CĐ chấm", width: 1, align: "center" as const },
  { header: "Giải trình", width: 2.2 },
];

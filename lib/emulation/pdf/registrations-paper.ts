// "BẢN ĐĂNG KÝ THI ĐUA NĂM …" as a paper of lib/document, from the same data as the print page and
// the Excel file. Dated when printing (?date=, the BCH's approval), else left to be written in. Pure.
import { CHAIR_SIGNATURE, type ReportDoc } from "@/lib/document/blocks";
import { cycleYearLabel, cycleYearTitle } from "@/lib/settings/cycle";
import type { RegistrationReport } from "../queries/report";

export function registrationsPaper(r: RegistrationReport): ReportDoc {
  return {
    unit: r.unit,
    number: "…/ĐK-CĐCS",
    date: null,
    title: `BẢN ĐĂNG KÝ THI ĐUA ${cycleYearTitle(r.year, r.cycle)}`,
    fileTitle: `Bản đăng ký thi đua ${cycleYearLabel(r.year, r.cycle)}`,
    subtitle: "(Các bản đăng ký đã được Ban Chấp hành duyệt)",
    blocks: [
      { kind: "heading", text: "I. PHONG TRÀO THI ĐUA" },
      {
        kind: "table",
        columns: [
          { header: "TT", width: 0.6, align: "center" },
          { header: "Phong trào", width: 4 },
          { header: "Ngày phát động", width: 1.6, align: "center" },
          { header: "Mục tiêu", width: 4 },
          { header: "Số ĐV đăng ký", width: 1.4, align: "center" },
        ],
        rows: r.movements.map((m) => [String(m.no), m.name, m.launchedOn, m.goal, String(m.members)]),
      },
      { kind: "heading", text: "II. DANH HIỆU TẬP THỂ" },
      {
        kind: "table",
        columns: [
          { header: "TT", width: 0.6, align: "center" },
          { header: "Tổ công đoàn", width: 3 },
          { header: "Danh hiệu đăng ký", width: 4 },
          { header: "Phong trào", width: 4 },
        ],
        rows: r.collective.map((c) => [String(c.no), c.groupName, c.titles, c.movements]),
      },
      { kind: "heading", text: "III. DANH SÁCH ĐOÀN VIÊN ĐĂNG KÝ" },
      {
        kind: "table",
        columns: [
          { header: "TT", width: 0.6, align: "center" },
          { header: "Họ và tên", width: 3 },
          { header: "Tổ", width: 2.2 },
          { header: "Danh hiệu", width: 3 },
          { header: "Phong trào", width: 4 },
        ],
        rows: r.members.map((m) => [String(m.no), m.fullName, m.groupName, m.titles, m.movements]),
      },
      { kind: "signatures", right: CHAIR_SIGNATURE(r.chairName) },
      { kind: "recipients", items: ["Công đoàn cấp trên (b/c);", "Lưu: VT."] },
    ],
  };
}

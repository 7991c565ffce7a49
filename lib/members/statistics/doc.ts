// "BÁO CÁO THỐNG KÊ, BIẾN ĐỘNG ĐOÀN VIÊN" as report blocks (print page, PDF and DOCX lay out the
// same blocks; lib/document). Pure.
import { CHAIR_SIGNATURE, type ReportBlock, type ReportDoc } from "@/lib/document/blocks";
import { formatCount } from "@/lib/format";
import { FIGURE_HEADERS, FIGURE_LABELS } from "./columns";
import type { StatisticsReport } from "./query";

export function statisticsDoc(r: StatisticsReport): ReportDoc {
  const cols = r.columns;
  const t = r.total;
  const exited = t.left + t.retired + t.expelled;
  const blocks: ReportBlock[] = [
    { kind: "heading", text: "I. TỔNG HỢP TOÀN CƠ SỞ" },
    {
      kind: "paragraph",
      text: `Đầu kỳ: ${formatCount(t.opening)} đoàn viên. Trong kỳ: kết nạp mới ${formatCount(t.admitted)}; chuyển đến ${formatCount(t.transferredIn)}; chuyển đi ${formatCount(t.transferredOut)}; ra khỏi tổ chức ${formatCount(exited)} (thôi sinh hoạt ${formatCount(t.left)}, nghỉ hưu ${formatCount(t.retired)}, khai trừ ${formatCount(t.expelled)}). Cuối kỳ: ${formatCount(t.closing)} đoàn viên, trong đó nữ ${formatCount(t.female)}, đảng viên ${formatCount(t.party)}.`,
    },
    { kind: "heading", text: "II. THEO TỔ CÔNG ĐOÀN" },
    {
      kind: "table",
      columns: [
        { header: "TT", width: 0.6, align: "center" },
        { header: "Tổ công đoàn", width: 3 },
        ...cols.map((c) => ({ header: FIGURE_HEADERS[c], width: 0.95, align: "center" as const })),
      ],
      rows: r.groups.map((g, i) => [String(i + 1), g.name, ...cols.map((c) => formatCount(g[c]))]),
      footer: [["", "Toàn cơ sở", ...cols.map((c) => formatCount(t[c]))]],
      compact: r.groups.length > 150,
    },
    {
      kind: "paragraph",
      italic: true,
      text: `Ghi chú: ${cols
        .filter((c) => FIGURE_HEADERS[c] !== FIGURE_LABELS[c])
        .map((c) => `${FIGURE_HEADERS[c]}: ${FIGURE_LABELS[c].toLowerCase()}`)
        .join(
          "; ",
        )}. Đầu kỳ tính đến đầu ngày ${vn(r.period.from)}; cuối kỳ, cơ cấu và độ tuổi tính đến hết ngày ${vn(r.period.to)}. Chuyển tổ là chuyển sinh hoạt giữa các tổ trong cơ sở.`,
    },
    { kind: "signatures", right: CHAIR_SIGNATURE(r.chairName) },
    { kind: "recipients", items: ["Công đoàn cấp trên (để b/c);", "Lưu VT."] },
  ];
  return {
    unit: r.unit,
    date: null,
    title: "BÁO CÁO THỐNG KÊ, BIẾN ĐỘNG ĐOÀN VIÊN",
    subtitle: r.period.label,
    fileTitle: `Báo cáo thống kê, biến động đoàn viên – ${r.period.label}`,
    orientation: "landscape",
    blocks,
  };
}

const vn = (iso: string) => iso.split("-").reverse().join("/");

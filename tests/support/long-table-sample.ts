// A long one-line-per-row table as the sổ thu đoàn phí draws it: Vietnamese names with every kind
// of diacritic, right-aligned amounts, tổ headings and subtotals in bold, a name too long for its
// cell (narrowed), and the totals as the footer. Deterministic, so the PDF's text can be compared
// with the text the engine drew before its fast path changed (tests/fixtures/pdf/long-table.txt).
import { CHAIR_SIGNATURE, type ReportBlock, type ReportDoc } from "@/lib/document/blocks";

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"];
const MIDDLE = ["Thị", "Văn", "Hữu", "Ngọc", "Thị Thu", "Đức", "Quốc", "Thị Mỹ"];
const GIVEN = [
  "Hà",
  "Bình",
  "Ước",
  "Ỷ",
  "Dũng",
  "Hưởng",
  "Nguyệt",
  "Thuỷ",
  "Tường",
  "Ẩn",
  "Hằng",
  "Khởi",
  "Lữ",
];

const MONTHS = Array.from({ length: 12 }, (_, i) => `T${i + 1}`);
const money = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

export function longTableSample(groups = 6, perGroup = 45): ReportDoc {
  const rows: string[][] = [];
  const bold: number[] = [];
  let k = 0;
  for (let g = 0; g < groups; g++) {
    bold.push(rows.length);
    rows.push(["", `Tổ ${g + 1}: Văn – Sử`, ...MONTHS.map(() => ""), "", ""]);
    for (let i = 0; i < perGroup; i++, k++) {
      const name =
        k === 7
          ? "Tôn Nữ Hoàng Thị Phương Quỳnh Diễm"
          : `${FAMILY[k % FAMILY.length]} ${MIDDLE[k % MIDDLE.length]} ${GIVEN[k % GIVEN.length]}`;
      const paid = k % 9 === 0 ? "Nợ" : k % 11 === 0 ? "–" : money(20_000 + (k % 7) * 2_500);
      const months = MONTHS.map((_, m) =>
        m === (k + 3) % 12 ? paid : money(20_000 + ((k + m) % 5) * 2_500),
      );
      rows.push([String(i + 1), name, money(4_000_000 + (k % 8) * 500_000), ...months, money(k * 1_234)]);
    }
    bold.push(rows.length);
    rows.push([
      "",
      `Cộng Tổ ${g + 1} (${perGroup} người)`,
      "",
      ...MONTHS.map((_, m) => money(900_000 + g * 1_000 + m)),
      money(g * 55_555),
    ]);
  }
  const table: ReportBlock = {
    kind: "table",
    compact: true,
    columns: [
      { header: "STT", width: 1.2, align: "center" },
      { header: "Họ và tên", width: 5.2 },
      { header: "Lương BHXH", width: 2.3, align: "right" },
      ...MONTHS.map((header) => ({ header, width: 1.75, align: "right" as const })),
      { header: "Còn nợ", width: 2, align: "right" },
    ],
    rows,
    boldRows: bold,
    footer: [
      [
        "",
        `Tổng cộng (${groups * perGroup} người)`,
        "",
        ...MONTHS.map((_, m) => money(5_400_000 + m * 10_001)),
        money(1_234_567),
      ],
    ],
  };
  return {
    unit: {
      name: "Công đoàn Trường THPT Lê Quý Đôn",
      parentName: "Công đoàn Giáo dục Đà Nẵng",
      placeName: "Tam Kỳ",
    },
    date: null,
    title: "Sổ theo dõi thu đoàn phí công đoàn",
    subtitle: "Năm 2026",
    orientation: "landscape",
    blocks: [
      { kind: "heading", text: "I. Theo dõi thu đoàn phí từng đoàn viên (đơn vị tính: đồng)" },
      table,
      { kind: "signatures", left: { title: "NGƯỜI GHI SỔ" }, right: CHAIR_SIGNATURE("Trần Thị Thu Hà") },
    ],
  };
}

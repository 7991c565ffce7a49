import "server-only";
import { Text, View } from "@react-pdf/renderer";
import { pdfStyles as s } from "./styles";

export type PdfColumn = {
  header: string;
  /** Relative width (flex grow), e.g. 1 for TT, 6 for họ tên. */
  width: number;
  align?: "left" | "center" | "right";
};

/**
 * A bordered table whose header row repeats on every page. Cells are plain text; pass already
 * formatted values (formatDate, formatMoney). `footer` rows (e.g. "Tổng cộng") are bold.
 */
export function PdfTable({ columns, rows, footer = [] }: { columns: PdfColumn[]; rows: string[][]; footer?: string[][] }) {
  const cell = (c: PdfColumn) => ({ flexGrow: c.width, flexBasis: 0, textAlign: c.align ?? "left" }) as const;
  return (
    <View style={s.table}>
      <View style={s.tr} fixed>
        {columns.map((c) => (
          <Text key={c.header} style={[s.th, { flexGrow: c.width, flexBasis: 0 }]}>
            {c.header}
          </Text>
        ))}
      </View>
      {[...rows.map((r) => ({ r, bold: false })), ...footer.map((r) => ({ r, bold: true }))].map(({ r, bold }, i) => (
        <View key={i} style={s.tr} wrap={false}>
          {columns.map((c, j) => (
            <Text key={j} style={bold ? [s.td, cell(c), s.bold] : [s.td, cell(c)]}>
              {r[j] ?? ""}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

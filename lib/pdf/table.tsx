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
 * A word too long for a narrow cell ("<script>alert(1)</script>", a code, an e-mail) would run over
 * the next column, or be cut with an inserted "-" ("<-script>…"). It may break between any two
 * characters instead: react-pdf turns an empty syllable into zero-width glue, a break without a
 * hyphen. Shorter words (Vietnamese syllables, dates, amounts) stay whole.
 */
const LONG_WORD = 12;
const graphemes = new Intl.Segmenter("vi", { granularity: "grapheme" });
const breakLongWord = (word: string) =>
  word.length > LONG_WORD
    ? Array.from(graphemes.segment(word), (g, i) => (i ? ["", g.segment] : [g.segment])).flat()
    : [word];

/**
 * A bordered table whose header row repeats on every page. Cells are plain text; pass already
 * formatted values (formatDate, formatMoney). `footer` rows (e.g. "Tổng cộng") are bold.
 */
export function PdfTable({
  columns,
  rows,
  footer = [],
}: {
  columns: PdfColumn[];
  rows: string[][];
  footer?: string[][];
}) {
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
      {[...rows.map((r) => ({ r, bold: false })), ...footer.map((r) => ({ r, bold: true }))].map(
        ({ r, bold }, i) => (
          <View key={i} style={s.tr} wrap={false}>
            {columns.map((c, j) => (
              <Text
                key={j}
                style={bold ? [s.td, cell(c), s.bold] : [s.td, cell(c)]}
                hyphenationCallback={breakLongWord}
              >
                {r[j] ?? ""}
              </Text>
            ))}
          </View>
        ),
      )}
    </View>
  );
}

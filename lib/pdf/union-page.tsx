import "server-only";
// The union document layout (QĐ 933/QĐ-TLĐ) for react-pdf: the two-column header, the title and
// trích yếu, the body, page numbers. The HTML print pages use components/print-header.tsx; both
// read the same unit fields, so a printout and its PDF carry the same header.
import { Page, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { placeAndDate } from "@/lib/format";
import { pdfStyles as s } from "./styles";

export type PdfUnit = { name: string; parentName: string; placeName: string };

export type UnionPageProps = {
  unit: PdfUnit;
  /** The document number after "Số: ", e.g. "12/BB-CĐCS"; omitted when the document has none. */
  number?: string;
  /** The date on the place-and-date line. */
  date: Date;
  /** The document name, e.g. "BIÊN BẢN HỌP BAN CHẤP HÀNH". */
  title: string;
  /** The trích yếu under the title, e.g. "(Đánh giá, xếp loại đoàn viên năm 2026)". */
  subtitle?: string;
  orientation?: "portrait" | "landscape";
  children: ReactNode;
};

export function UnionPdfHeader({ unit, number, date }: Pick<UnionPageProps, "unit" | "number" | "date">) {
  return (
    <View style={s.headerRow}>
      <View style={s.headerLeft}>
        <Text style={s.upper}>{unit.parentName}</Text>
        <Text style={[s.bold, s.upper]}>{unit.name}</Text>
        <View style={[s.rule, { width: 70 }]} />
        {number ? <Text>Số: {number}</Text> : null}
      </View>
      <View style={s.headerRight}>
        <Text style={s.bold}>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</Text>
        <Text style={s.bold}>Độc lập - Tự do - Hạnh phúc</Text>
        <View style={[s.rule, { width: 150 }]} />
        <Text style={s.italic}>{placeAndDate(unit.placeName, date)}</Text>
      </View>
    </View>
  );
}

/** One A4 page flow in the union layout; react-pdf breaks it across pages as needed. */
export function UnionPdfPage({
  orientation = "portrait",
  title,
  subtitle,
  children,
  ...header
}: UnionPageProps) {
  return (
    <Page
      size="A4"
      orientation={orientation}
      style={orientation === "landscape" ? [s.page, s.landscape] : s.page}
    >
      <UnionPdfHeader {...header} />
      <Text style={s.title}>{title}</Text>
      {subtitle ? <Text style={s.subtitle}>{subtitle}</Text> : <View style={{ marginBottom: 10 }} />}
      {children}
      <Text
        style={s.pageNumber}
        render={({ pageNumber, totalPages }) => (totalPages > 1 ? `${pageNumber}/${totalPages}` : "")}
        fixed
      />
    </Page>
  );
}

/** A bold section heading ("1. Thời gian, địa điểm") followed by its paragraphs. */
export function PdfSection({ heading, children }: { heading?: string; children?: ReactNode }) {
  return (
    <View>
      {heading ? <Text style={s.heading}>{heading}</Text> : null}
      {children}
    </View>
  );
}

export function PdfParagraph({ children, italic }: { children: ReactNode; italic?: boolean }) {
  return <Text style={italic ? [s.paragraph, s.italic] : s.paragraph}>{children}</Text>;
}

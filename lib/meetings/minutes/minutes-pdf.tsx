import "server-only";
import { Document } from "@react-pdf/renderer";
import { PdfSignatures } from "@/lib/pdf/signatures";
import { PdfParagraph, PdfSection, UnionPdfPage } from "@/lib/pdf/union-page";
import type { MinutesDocument } from "./minutes-document";
import { closingLine, minutesSections } from "./minutes-sections";

/** The biên bản as a react-pdf document: union header, sections, THƯ KÝ (left) and CHỦ TRÌ (right). */
export function MinutesPdf({ doc }: { doc: MinutesDocument }) {
  return (
    <Document title={`${doc.heading} – ${doc.subtitle}`} author="Sổ Công đoàn">
      <UnionPdfPage
        unit={doc.unit}
        number={doc.number}
        date={doc.date}
        title={doc.heading}
        subtitle={`${doc.subtitle}${doc.isDraft ? " (bản nháp – chưa ký)" : ""}`}
      >
        {minutesSections(doc).map((s) => (
          <PdfSection key={s.heading} heading={s.heading}>
            {s.paragraphs.map((p, i) => (
              <PdfParagraph key={i}>{p}</PdfParagraph>
            ))}
          </PdfSection>
        ))}
        <PdfParagraph italic>{closingLine(doc.endWords)}</PdfParagraph>
        <PdfSignatures
          left={{ title: "THƯ KÝ", name: doc.secretaryName }}
          right={{ title: "CHỦ TRÌ", name: doc.chairName }}
        />
      </UnionPdfPage>
    </Document>
  );
}

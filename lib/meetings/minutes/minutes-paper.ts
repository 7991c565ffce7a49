// The biên bản as a paper of lib/document: one description for the print page, the PDF and the
// DOCX. Dated the day of the meeting; THƯ KÝ signs on the left, CHỦ TRÌ on the right. Pure.
import type { ReportBlock, ReportDoc } from "@/lib/document/blocks";
import type { MinutesDocument } from "./minutes-document";
import { closingLine, minutesSections } from "./minutes-sections";

export function minutesPaper(doc: MinutesDocument): ReportDoc {
  return {
    unit: doc.unit,
    number: doc.number,
    date: doc.date,
    dateFixed: true,
    title: doc.heading,
    fileTitle: `${doc.heading} – ${doc.subtitle}`,
    subtitle: `${doc.subtitle}${doc.isDraft ? " (bản nháp – chưa ký)" : ""}`,
    blocks: [
      ...minutesSections(doc).flatMap((s): ReportBlock[] => [
        { kind: "heading", text: s.heading },
        ...s.paragraphs.map((text): ReportBlock => ({ kind: "paragraph", text })),
      ]),
      { kind: "paragraph", italic: true, text: closingLine(doc.endWords) },
      {
        kind: "signatures",
        left: { title: "THƯ KÝ", name: doc.secretaryName },
        right: { title: "CHỦ TRÌ", name: doc.chairName },
      },
    ],
  };
}

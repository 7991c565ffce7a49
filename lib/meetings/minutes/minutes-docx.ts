import "server-only";
import { body, buildUnionDocx, heading, para, signatures } from "@/lib/docx/union-document";
import type { MinutesDocument } from "./minutes-document";
import { closingLine, minutesSections } from "./minutes-sections";

/** The biên bản as a Word file with the same sections as the print page and the PDF. */
export function buildMinutesDocx(doc: MinutesDocument) {
  return buildUnionDocx({
    unit: doc.unit,
    number: doc.number,
    date: doc.date,
    title: doc.heading,
    subtitle: `${doc.subtitle}${doc.isDraft ? " (bản nháp – chưa ký)" : ""}`,
    children: [
      ...minutesSections(doc).flatMap((s) => [heading(s.heading), ...s.paragraphs.map(body)]),
      para(closingLine(doc.endWords), { italic: true }),
      signatures({ title: "CHỦ TRÌ", name: doc.chairName }, { title: "THƯ KÝ", name: doc.secretaryName }),
    ],
  });
}

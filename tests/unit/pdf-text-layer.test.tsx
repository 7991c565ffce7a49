// A PDF's text layer must read back exactly, however many PDFs the process made before: react-pdf
// caches glyphs between documents, and without fresh fonts per render later files lost letters
// ("b54cce18" read back as "b54cc 18").
import { randomUUID } from "node:crypto";
import { Document, Page, Text } from "@react-pdf/renderer";
import { expect, it } from "vitest";
import { renderPdf } from "@/lib/pdf/render";
import { pdfStyles } from "@/lib/pdf/styles";
import { pdfText } from "../support/documents";

const page = (line: string) => (
  <Document>
    <Page style={pdfStyles.page}>
      <Text style={{ fontWeight: "bold" }}>BIÊN BẢN</Text>
      <Text>{line}</Text>
    </Page>
  </Document>
);

it("reads back every letter of the 25th PDF as of the first, also when made at the same time", async () => {
  const lines = Array.from(
    { length: 25 },
    () => `Vắng 1: Lê Thị Vắng ${randomUUID().slice(0, 8)} (không lý do). Chủ trì: Phạm Hữu Hải.`,
  );
  for (const line of lines.slice(0, 15)) expect(pdfText(await renderPdf(page(line)))).toContain(line);
  const together = await Promise.all(lines.slice(15).map((line) => renderPdf(page(line))));
  together.forEach((pdf, i) => expect(pdfText(pdf)).toContain(lines[15 + i]));
});

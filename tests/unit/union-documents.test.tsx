// The shared union document layout, as PDF and DOCX: the header, title, body, tables and
// signatures come out with their Vietnamese text intact and the PDF font embedded.
import { mkdirSync, writeFileSync } from "node:fs";
import { Document } from "@react-pdf/renderer";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import {
  body,
  buildUnionDocx,
  contentWidth,
  dataTable,
  heading,
  signatures,
} from "@/lib/docx/union-document";
import { renderPdf } from "@/lib/pdf/render";
import { PdfRecipients, PdfSignatures } from "@/lib/pdf/signatures";
import { PdfTable } from "@/lib/pdf/table";
import { PdfParagraph, PdfSection, UnionPdfPage } from "@/lib/pdf/union-page";
import { docxText, pdfFonts, pdfText, pdfToPng } from "../support/documents";

const unit = {
  name: "Công đoàn Trường THPT Lê Quý Đôn",
  parentName: "Công đoàn Giáo dục tỉnh Quảng Nam",
  placeName: "Tam Kỳ",
};
const date = new Date("2026-11-20T17:30:00Z"); // 21/11/2026 00:30 in Vietnam
const hard = "Chữ khó: ặ ẫ ự ỹ Đ ở ữ ợ <script>alert(1)</script>";

describe("the union PDF layout", () => {
  it("carries the header, title, body, table and signatures, with DejaVu Serif embedded", async () => {
    const pdf = await renderPdf(
      <Document title="Biên bản">
        <UnionPdfPage
          unit={unit}
          number="12/BB-CĐCS"
          date={date}
          title="Biên bản họp Ban Chấp hành"
          subtitle="(Phiên thường kỳ tháng 11/2026)"
        >
          <PdfSection heading="1. Thời gian, địa điểm, thành phần">
            <PdfParagraph>Có mặt 7/9 ủy viên. {hard} Lê Thị Vắng b54cce18 và 2772e3 xe em.</PdfParagraph>
          </PdfSection>
          <PdfTable
            columns={[
              { header: "TT", width: 1, align: "center" },
              { header: "Họ và tên", width: 6 },
              { header: "Số tiền", width: 3, align: "right" },
            ]}
            rows={[["1", "Trần Thị Thu Hà", "1.000.000 ₫"]]}
            footer={[["", "Tổng cộng", "1.000.000 ₫"]]}
          />
          <PdfSignatures
            left={{ title: "Thư ký", name: "Võ Thị Ngọc Ánh" }}
            right={{ lead: "TM. Ban Chấp hành", title: "Chủ tịch", name: "Trần Thị Thu Hà" }}
          />
          <PdfRecipients items={["Lưu VT"]} />
        </UnionPdfPage>
      </Document>,
    );
    const text = pdfText(pdf);
    for (const s of [
      "CÔNG ĐOÀN GIÁO DỤC TỈNH QUẢNG NAM",
      "CÔNG ĐOÀN TRƯỜNG THPT LÊ QUÝ ĐÔN",
      "Số: 12/BB-CĐCS",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Tam Kỳ, ngày 21 tháng 11 năm 2026",
      "BIÊN BẢN HỌP BAN CHẤP HÀNH",
      hard,
      "Lê Thị Vắng b54cce18 và 2772e3 xe em.",
      "Tổng cộng 1.000.000 ₫",
      "TM. BAN CHẤP HÀNH CHỦ TỊCH",
      "Nơi nhận:",
    ])
      expect(text).toContain(s);
    expect(pdfFonts(pdf)).toMatch(/DejaVuSerif-Bold\s.*\byes\b/);
    mkdirSync("tests/.tmp", { recursive: true });
    pdfToPng(pdf, "tests/.tmp", "union-layout");
  });
});

describe("the union DOCX layout", () => {
  it("carries the same header, title, body, table and signatures", async () => {
    const docx = await buildUnionDocx({
      unit,
      number: "12/BB-CĐCS",
      date,
      title: "Biên bản họp Ban Chấp hành",
      subtitle: "(Phiên thường kỳ tháng 11/2026)",
      children: [
        heading("1. Thời gian, địa điểm"),
        body(`Có mặt 7/9 ủy viên. ${hard}`),
        dataTable(["TT", "Họ và tên"], [["1", "Trần Thị Thu Hà"]]),
        signatures(
          { lead: "TM. Ban Chấp hành", title: "Chủ tịch", name: "Trần Thị Thu Hà" },
          { title: "Thư ký" },
        ),
      ],
      recipients: ["Lưu VT"],
    });
    mkdirSync("tests/.tmp", { recursive: true });
    writeFileSync("tests/.tmp/union-layout.docx", docx); // for looking at in LibreOffice
    const text = await docxText(docx);
    for (const s of [
      "CÔNG ĐOÀN TRƯỜNG THPT LÊ QUÝ ĐÔN",
      "Số: 12/BB-CĐCS",
      "Tam Kỳ, ngày 21 tháng 11 năm 2026",
      "BIÊN BẢN HỌP BAN CHẤP HÀNH",
      hard,
      "TM. BAN CHẤP HÀNH",
      "Nơi nhận:",
    ]) {
      expect(text).toContain(s);
    }
  });

  it("fills a landscape page's width, not a portrait one's (the TỔNG HỢP report)", async () => {
    const wide = contentWidth("landscape");
    const docx = await buildUnionDocx({
      unit,
      date,
      title: "Tổng hợp",
      orientation: "landscape",
      children: [
        dataTable(
          ["TT", "Họ và tên", "Xếp loại"],
          [["1", "Trần Thị Thu Hà", "Hoàn thành tốt"]],
          [10, 60, 30],
          wide,
        ),
        signatures({ title: "Chủ tịch" }, undefined, wide),
      ],
    });
    const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
    expect(xml).toMatch(/<w:pgSz[^>]*w:orient="landscape"/);
    const tableWidths = [...xml.matchAll(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    // Header, data table and signatures: all three span the 257 mm between the margins.
    expect(tableWidths).toEqual([wide, wide, wide]);
    expect(wide).toBe(Math.round(257 * 56.7));
    expect(contentWidth()).toBe(Math.round(170 * 56.7));
  });
});

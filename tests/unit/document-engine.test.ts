// The one document engine (lib/document): a paper described once comes out of the PDF and the DOCX
// with the same text, in the union layout: Tinos embedded, the issue date, the chosen signer, "Nơi
// nhận" bottom left level with the signer, no signature alone on a page, page numbers from page 2.
import { describe, expect, it, vi } from "vitest";
import { CHAIR_SIGNATURE, type ReportBlock, type ReportDoc } from "@/lib/document/blocks";
import { buildReportDocx } from "@/lib/document/docx/document-docx";
import { renderReportsPdf } from "@/lib/document/pdf/writer";
import { applyIssueOptions, parseIssueOptions } from "@/lib/document/signer";
import {
  compareTexts,
  docxText,
  pdfFonts,
  pdfPages,
  pdfPageText,
  pdfText,
  pdfWords,
  wordBag,
} from "../support/documents";

// Each case renders real PDFs and reads them back with poppler: seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const unit = {
  name: "Công đoàn Trường THPT Lê Quý Đôn",
  parentName: "Công đoàn Giáo dục thành phố Đà Nẵng",
  placeName: "Tam Kỳ",
};
const decidedOn = new Date("2026-12-20T00:00:00Z");
const hard = "Chữ khó: ặ ẫ ự ỹ Đ ở ữ ợ <script>alert(1)</script> 1.000.000 ₫";

const paper = (blocks: ReportBlock[], extra: Partial<ReportDoc> = {}): ReportDoc => ({
  unit,
  number: "12/BC-CĐCS",
  date: decidedOn,
  title: "Báo cáo kết quả đánh giá, xếp loại",
  subtitle: "(Năm học 2025 – 2026)",
  blocks,
  ...extra,
});

const sample = paper([
  { kind: "heading", text: "I. KẾT QUẢ" },
  { kind: "paragraph", text: `Ban Chấp hành đã họp và thống nhất. ${hard}` },
  {
    kind: "table",
    columns: [
      { header: "TT", width: 1, align: "center" },
      { header: "Họ và tên", width: 6 },
      { header: "Xếp loại", width: 4 },
    ],
    rows: [
      ["1", "Trần Thị Thu Hà", "Hoàn thành xuất sắc nhiệm vụ"],
      ["2", "Lê Văn Bình", "Hoàn thành tốt nhiệm vụ"],
    ],
    footer: [["", "Tổng cộng", "2 đoàn viên"]],
  },
  { kind: "paragraph", italic: true, text: "Báo cáo gồm các nội dung trên." },
  { kind: "signatures", right: CHAIR_SIGNATURE("Trần Thị Thu Hà") },
  { kind: "recipients", items: ["Công đoàn cấp trên (b/c);", "Lưu: VT."] },
]);

describe("one paper, two files", () => {
  it("the PDF and the DOCX carry the same words", async () => {
    const pdf = await renderReportsPdf([sample]);
    const docx = await buildReportDocx(sample);
    const pText = pdfText(pdf);
    const dText = await docxText(docx);
    expect(pdfPages(pdf)).toBe(1);
    expect(wordBag(pText)).toEqual(wordBag(dText));
    expect(await compareTexts(pdf, docx)).toMatchObject({ missing: [], extra: [] });
    for (const s of [
      "CÔNG ĐOÀN GIÁO DỤC THÀNH PHỐ ĐÀ NẴNG",
      "CÔNG ĐOÀN TRƯỜNG THPT LÊ QUÝ ĐÔN",
      "Số: 12/BC-CĐCS",
      "Tam Kỳ, ngày 20 tháng 12 năm 2026",
      "BÁO CÁO KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI",
      hard,
      "TM. BAN CHẤP HÀNH",
      "Nơi nhận:",
    ]) {
      expect(pText).toContain(s);
      expect(dText).toContain(s);
    }
  });

  it("embeds Tinos (Times-compatible, full Vietnamese) and no DejaVu", async () => {
    const fonts = pdfFonts(await renderReportsPdf([sample]));
    expect(fonts).toMatch(/Tinos-Regular\s.*\byes\b/);
    expect(fonts).toMatch(/Tinos-Bold\s.*\byes\b/);
    expect(fonts).toMatch(/Tinos-Italic\s.*\byes\b/);
    expect(fonts).not.toMatch(/DejaVu|Helvetica/);
  });

  it("the body is 13 pt and the title 14 pt", async () => {
    const words = pdfWords(await renderReportsPdf([sample]));
    const height = (t: string) => {
      const w = words.find((x) => x.text === t)!;
      return w.yMax - w.yMin;
    };
    // pdftotext's word box is the font's ascent + descent: 1.107 × the size for Tinos.
    expect(height("thống") / 1.107).toBeCloseTo(13, 0);
    expect(height("BÁO") / 1.107).toBeCloseTo(14, 0);
  });
});

it("a long table over several pages: the same text, the header row repeated on each page", async () => {
  const long = paper([
    {
      kind: "table",
      columns: [
        { header: "TT", width: 1 },
        { header: "Họ và tên", width: 6 },
      ],
      rows: Array.from({ length: 90 }, (_, i) => [String(i + 1), `Đoàn viên thứ ${i + 1}`]),
    },
    { kind: "signatures", right: CHAIR_SIGNATURE("Trần Thị Thu Hà") },
  ]);
  const pdf = await renderReportsPdf([long]);
  expect(pdfPages(pdf)).toBeGreaterThan(2);
  const t = await compareTexts(pdf, await buildReportDocx(long));
  expect(t.missing).toEqual([]);
  expect(t.extra).toEqual([]);
  // A word the PDF has and the DOCX has not is found.
  const other = paper([
    ...long.blocks.slice(0, 1),
    { kind: "paragraph", text: "Chỉ có trong Word." },
    ...long.blocks.slice(1),
  ]);
  expect((await compareTexts(pdf, await buildReportDocx(other))).missing).toEqual(["ChỉcótrongWord."]);
});

describe("the issue date", () => {
  it("is the paper's date, or blank to fill in: never the day it is printed", async () => {
    expect(pdfText(await renderReportsPdf([sample]))).toContain("Tam Kỳ, ngày 20 tháng 12 năm 2026");
    const blank = paper(sample.blocks, { date: null });
    expect(pdfText(await renderReportsPdf([blank]))).toContain("Tam Kỳ, ngày … tháng … năm ……");
    expect(await docxText(await buildReportDocx(blank))).toContain("Tam Kỳ, ngày … tháng … năm ……");
  });

  it("a date the BCH sets when printing replaces it; a wrong one is refused", () => {
    const opts = parseIssueOptions(new URLSearchParams("date=2027-01-05"));
    expect(opts).toEqual({ signer: "chair", date: new Date("2027-01-05T00:00:00Z") });
    const set = applyIssueOptions(sample, opts as never, { chair: "A", deputy: "B" });
    expect(set.date).toEqual(new Date("2027-01-05T00:00:00Z"));
    expect(parseIssueOptions(new URLSearchParams("date=2027-02-30"))).toEqual({
      error: "Ngày ban hành không hợp lệ (dạng yyyy-mm-dd).",
    });
    expect(parseIssueOptions(new URLSearchParams("date=05/01/2027"))).toHaveProperty("error");
  });
});

describe("the signer", () => {
  it("TM. BAN CHẤP HÀNH / CHỦ TỊCH by default, KT. CHỦ TỊCH / PHÓ CHỦ TỊCH with the deputy's name when chosen", async () => {
    const names = { chair: "Trần Thị Thu Hà", deputy: "Nguyễn Văn Phó" };
    const chair = applyIssueOptions(sample, { signer: "chair" }, names);
    const deputy = applyIssueOptions(
      sample,
      parseIssueOptions(new URLSearchParams("signer=deputy")) as never,
      names,
    );
    const c = pdfText(await renderReportsPdf([chair]));
    expect(c).toMatch(/TM\. BAN CHẤP HÀNH .*CHỦ TỊCH .*Trần Thị Thu Hà/);
    expect(c).not.toContain("KT. CHỦ TỊCH");
    const d = pdfText(await renderReportsPdf([deputy]));
    expect(d).toMatch(/KT\. CHỦ TỊCH .*PHÓ CHỦ TỊCH .*Nguyễn Văn Phó/);
    expect(d).not.toContain("TM. BAN CHẤP HÀNH");
    const dx = await docxText(await buildReportDocx(deputy));
    expect(dx).toContain("KT. CHỦ TỊCH PHÓ CHỦ TỊCH");
    expect(dx).toContain("Nguyễn Văn Phó");
    // Only the BCH's signature changes: a thư ký or tổ trưởng stays as written.
    const minutes = paper([
      { kind: "signatures", left: { title: "THƯ KÝ", name: "X" }, right: { title: "CHỦ TRÌ", name: "Y" } },
    ]);
    expect(applyIssueOptions(minutes, { signer: "deputy" }, names).blocks).toEqual(minutes.blocks);
  });
});

describe("Nơi nhận", () => {
  it("sits bottom left, level with the signer's title (two columns), in the PDF", async () => {
    const words = pdfWords(await renderReportsPdf([sample]));
    const noi = words.find((w) => w.text === "Nơi")!;
    const tm = words.find((w) => w.text === "TM.")!;
    const last = words.find((w) => w.text === "Hà" && w.yMin > tm.yMin)!; // the signer's name
    expect(Math.abs(noi.yMin - tm.yMin)).toBeLessThan(2);
    expect(noi.xMax).toBeLessThan(noi.pageWidth / 2);
    expect(tm.xMin).toBeGreaterThan(tm.pageWidth / 2);
    expect(last.yMin).toBeGreaterThan(noi.yMin);
  });

  it("sits in the left cell of the signature row in the DOCX", async () => {
    const JSZip = (await import("jszip")).default;
    const xml = await (
      await JSZip.loadAsync(await buildReportDocx(sample))
    )
      .file("word/document.xml")!
      .async("string");
    const rows = [...xml.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((m) => m[0]);
    const sigRow = rows.find((r) => r.includes("TM. BAN CHẤP HÀNH"))!;
    const cells = [...sigRow.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((m) => m[0].replace(/<[^>]+>/g, ""));
    expect(cells[0]).toContain("Nơi nhận:");
    expect(cells[0]).toContain("- Lưu: VT.");
    expect(cells[1]).toContain("TM. BAN CHẤP HÀNH");
  });
});

describe("no signature block alone on a page", () => {
  const filler = (n: number): ReportBlock[] =>
    Array.from({ length: n }, (_, i) => ({
      kind: "paragraph",
      text: `Đoạn ${i + 1}: nội dung của báo cáo.`,
    }));
  const closing: ReportBlock = { kind: "paragraph", text: "Đoạn cuối: báo cáo kết thúc tại đây." };

  /**
   * Grows the body one paragraph (or row) at a time, from one page until the paper has reached a
   * second page and grown 6 more: across the page break, wherever it falls, the page with the
   * signature also has the last lines of the body.
   */
  async function acrossThePageBreak(
    make: (n: number) => ReportDoc,
    from: number,
    check: (last: string, n: number) => void,
  ) {
    let after = -1;
    for (let n = from; after < 6; n++) {
      const pdf = await renderReportsPdf([make(n)]);
      const pages = pdfPages(pdf);
      if (pages >= 2) after++;
      else expect(after, "the body is growing").toBe(-1);
      check(pdfPageText(pdf, pages), n);
      expect(n, "reached a second page").toBeLessThan(from + 80);
    }
  }
  const signed = { kind: "signatures", right: CHAIR_SIGNATURE("Trần Thị Thu Hà") } as const;

  it("after paragraphs", async () => {
    await acrossThePageBreak(
      (n) => paper([...filler(n), closing, signed]),
      20,
      (last) => {
        expect(last).toContain("TM. BAN CHẤP HÀNH");
        expect(last).toContain("Đoạn cuối: báo cáo kết thúc tại đây.");
      },
    );
  }, 120_000);

  const table = (n: number, compact: boolean): ReportBlock => ({
    kind: "table",
    compact,
    columns: [
      { header: "TT", width: 1 },
      { header: "Họ và tên", width: 6 },
    ],
    rows: Array.from({ length: n }, (_, i) => [String(i + 1), `Đoàn viên số ${i + 1}`]),
  });
  it.each([false, true])(
    "after a table (one line per row: %s)",
    async (compact) => {
      await acrossThePageBreak(
        (n) => paper([table(n, compact), signed]),
        compact ? 30 : 20,
        (last, n) => {
          expect(last).toContain("Trần Thị Thu Hà");
          expect(last).toContain(`Đoàn viên số ${n}`);
        },
      );
    },
    120_000,
  );

  // The fund report's balances (lib/finance/fund/papers.ts): "Tồn cuối kỳ" never alone on a page.
  const balances: ReportBlock = {
    kind: "table",
    keepTogether: true,
    columns: [
      { header: "Chỉ tiêu", width: 5 },
      { header: "Cộng (đ)", width: 3, align: "right" },
    ],
    rows: [
      ["Tồn đầu kỳ", "1.000.000"],
      ["Thu trong kỳ", "500.000"],
      ["Chi trong kỳ", "200.000"],
      ["Tồn cuối kỳ", "1.300.000"],
    ],
  };
  it("a table kept together moves whole, with its heading, to the page of the signature", async () => {
    await acrossThePageBreak(
      (n) => paper([...filler(n), { kind: "heading", text: "II. Số dư quỹ" }, balances, signed]),
      20,
      (last) => {
        expect(last).toContain("Trần Thị Thu Hà");
        expect(last).toContain("II. Số dư quỹ");
        expect(last).toContain("Tồn đầu kỳ");
        expect(last).toContain("Tồn cuối kỳ");
      },
    );
  }, 120_000);

  it("two signature blocks in a row (the phiếu) stay together with the last line", async () => {
    await acrossThePageBreak(
      (n) =>
        paper([
          ...filler(n),
          closing,
          {
            kind: "signatures",
            left: { lead: "TỔ CÔNG ĐOÀN", title: "TỔ TRƯỞNG", name: "Lê Tổ" },
            right: { lead: " ", title: "NGƯỜI TỰ ĐÁNH GIÁ", name: "Võ Viên" },
          },
          signed,
        ]),
      16,
      (last) => {
        expect(last).toContain("Đoạn cuối");
        expect(last).toContain("Võ Viên");
        expect(last).toContain("Trần Thị Thu Hà");
      },
    );
  }, 120_000);
});

describe("page numbers", () => {
  it("none on page 1; from page 2 at the top centre", async () => {
    const long = paper([
      ...Array.from({ length: 80 }, (_, i): ReportBlock => ({ kind: "paragraph", text: `Dòng ${i + 1}.` })),
      { kind: "signatures", right: CHAIR_SIGNATURE("Trần Thị Thu Hà") },
    ]);
    const pdf = await renderReportsPdf([long]);
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(3);
    const words = pdfWords(pdf);
    const top = (page: number) => words.filter((w) => w.page === page && w.yMax < 20 * (72 / 25.4));
    expect(top(1)).toEqual([]);
    for (const page of [2, 3]) {
      const [n] = top(page);
      expect(n.text).toBe(String(page));
      expect(Math.abs((n.xMin + n.xMax) / 2 - n.pageWidth / 2)).toBeLessThan(3);
    }
  });
});

// Issue 7, "Bad input": a member named "<script>alert(1)</script> Lê …" and free text starting with
// "<script>alert(2)</script>" print as that literal text in every file the app hands out (besides the
// rating reports and the member list, covered elsewhere): the biên bản PDF and DOCX, the meetings
// register, the welfare sổ (PDF, Excel), the emulation registrations (PDF, Excel) and the phiếu tự
// đánh giá. Each file comes from its route handler, called as the signed-in chủ tịch, and is read
// back as a person sees it: pdftotext, the DOCX's text, Excel's cell values. Nothing escaped twice
// ("&lt;script&gt;"), nothing dropped.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as assessmentGet } from "@/app/api/emulation/assessment/route";
import { GET as registrationsGet } from "@/app/api/emulation/registrations/route";
import { GET as minutesDocxGet } from "@/app/api/meetings/[id]/docx/route";
import { GET as minutesPdfGet } from "@/app/api/meetings/[id]/pdf/route";
import { GET as meetingRegisterGet } from "@/app/api/meetings/register/route";
import { GET as welfarePdfGet } from "@/app/api/welfare/register/pdf/route";
import { GET as welfareXlsxGet } from "@/app/api/welfare/register/xlsx/route";
import { COMMITMENT_KIND_LABELS } from "@/lib/emulation/labels";
import { docxText } from "../support/documents";
import {
  docxXml,
  flat,
  get,
  NAME,
  readPdfBoth,
  scriptRecords,
  TEXT,
  xlsxCells,
} from "./helpers/script-text-kit";
import { buildWorld, type World } from "./helpers/world";

let w: World;
let f: Awaited<ReturnType<typeof scriptRecords>>;
const asChair = (
  path: string,
  handler: unknown,
  req: { params?: Record<string, string>; query?: string } = {},
) => get(path, handler, w.people.chair.user.id, req);
/** Served as a file (not an error page) with the given content type. */
async function ok(res: Response, type: string) {
  if (res.status !== 200) expect.fail(`status ${res.status}: ${await res.text()}`);
  expect(res.headers.get("content-type")).toContain(type);
  return res;
}
const ESCAPED = /&lt;|&gt;|&amp;|\\u003c/;

beforeAll(async () => {
  w = await buildWorld();
  f = await scriptRecords(w);
}, 60_000);

describe("biên bản (meetings/[id]/pdf and /docx)", () => {
  it("PDF: the chủ trì's name, the meeting title, discussion, conclusion, decision and absence reason as literal text", async () => {
    const res = await ok(
      await asChair("/api/meetings/[id]/pdf", minutesPdfGet, { params: { id: f.meeting.id } }),
      "pdf",
    );
    const { text, title } = await readPdfBoth(res, "bien-ban");
    expect(text).toContain(`Chủ trì: ${NAME}.`);
    expect(text).toContain(TEXT.meetingTitle);
    expect(text).toContain(`Ý kiến thảo luận: ${TEXT.discussion}`);
    expect(text).toContain(`Kết luận của chủ trì: ${TEXT.conclusion}`);
    expect(text).toContain(`- ${TEXT.decision} (thực hiện: ${NAME})`);
    expect(text).toContain(`(có lý do: ${TEXT.absence})`);
    expect(text.slice(text.lastIndexOf("CHỦ TRÌ")), "signed by the chủ trì").toContain(NAME);
    expect(text).not.toMatch(ESCAPED);
    expect(title).toContain(TEXT.meetingTitle);
  });

  it("DOCX: the same texts in the Word file, escaped once (XML) and read back literally", async () => {
    const res = await ok(
      await asChair("/api/meetings/[id]/docx", minutesDocxGet, { params: { id: f.meeting.id } }),
      "wordprocessingml",
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = await docxText(bytes);
    for (const t of [
      `Chủ trì: ${NAME}.`,
      TEXT.meetingTitle,
      `Ý kiến thảo luận: ${TEXT.discussion}`,
      `Kết luận của chủ trì: ${TEXT.conclusion}`,
      `- ${TEXT.decision} (thực hiện: ${NAME})`,
      `(có lý do: ${TEXT.absence})`,
    ]) {
      expect(text).toContain(t);
    }
    expect(text).not.toMatch(ESCAPED);
    // The raw XML holds the name as one escaped text run, never a raw "<script>" element.
    const xml = await docxXml(bytes);
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt; Lê");
  });
});

describe("sổ theo dõi cuộc họp (meetings/register, Excel)", () => {
  it("the meeting title and the chủ trì are cells holding exactly the text typed", async () => {
    const res = await ok(
      await asChair("/api/meetings/register", meetingRegisterGet, { query: `?year=${f.meeting.year}` }),
      "spreadsheetml",
    );
    const cells = await xlsxCells(res);
    expect(cells).toContain(TEXT.meetingTitle);
    expect(cells).toContain(NAME);
    expect(cells.join("\n")).not.toMatch(ESCAPED);
  });
});

describe("sổ theo dõi thăm hỏi (welfare/register)", () => {
  it("PDF: the visited member's name and the note in their table cells", async () => {
    const res = await ok(
      await asChair("/api/welfare/register/pdf", welfarePdfGet, { query: "?year=2026" }),
      "pdf",
    );
    const { text, raw } = await readPdfBoth(res, "so-tham-hoi");
    // A narrow cell wraps the name over lines; in content order the cell's lines stay together, and
    // nothing is added where it breaks (react-pdf used to print "<-script>…" over the next column).
    expect(flat(raw)).toContain(flat(NAME));
    expect(flat(raw)).toContain(flat(TEXT.visitNote));
    expect(text).not.toMatch(ESCAPED);
  });

  it("Excel: the member, the gift and the note are cells holding exactly the text typed", async () => {
    const res = await ok(
      await asChair("/api/welfare/register/xlsx", welfareXlsxGet, { query: "?year=2026" }),
      "spreadsheetml",
    );
    const cells = await xlsxCells(res);
    for (const t of [NAME, TEXT.gift, TEXT.visitNote]) expect(cells).toContain(t);
    expect(cells.join("\n")).not.toMatch(ESCAPED);
  });
});

describe("bản đăng ký thi đua (emulation/registrations)", () => {
  it("PDF: the registered member's name (part III) and the movement's goal (part I)", async () => {
    const res = await ok(
      await asChair("/api/emulation/registrations", registrationsGet, { query: "?year=2026&format=pdf" }),
      "pdf",
    );
    const { text, raw } = await readPdfBoth(res, "dang-ky-thi-dua");
    expect(flat(raw)).toContain(flat(NAME));
    expect(flat(raw)).toContain(flat(TEXT.goal));
    expect(text).not.toMatch(ESCAPED);
  });

  it("Excel: the name and the goal are cells holding exactly the text typed", async () => {
    const res = await ok(
      await asChair("/api/emulation/registrations", registrationsGet, { query: "?year=2026&format=xlsx" }),
      "spreadsheetml",
    );
    const cells = await xlsxCells(res);
    expect(cells).toContain(NAME);
    expect(cells).toContain(TEXT.goal);
    expect(cells.join("\n")).not.toMatch(ESCAPED);
  });
});

describe("phiếu tự đánh giá (emulation/assessment, PDF)", () => {
  it("the name (heading line and signature), the commitment, the comment and the explanation; the PDF's title too", async () => {
    const res = await ok(
      await asChair("/api/emulation/assessment", assessmentGet, {
        query: `?year=2026&member=${f.member.id}`,
      }),
      "pdf",
    );
    const { text, raw, title } = await readPdfBoth(res, "phieu");
    expect(text).toContain(`Họ và tên: ${NAME}`);
    expect(text).toMatch(/NGƯỜI TỰ ĐÁNH GIÁ/);
    expect(text.split(NAME).length - 1, "the name twice: heading line and signature").toBeGreaterThanOrEqual(
      2,
    );
    expect(text).toContain(`1. ${COMMITMENT_KIND_LABELS.STUDY}: ${TEXT.commitment}`);
    expect(text).toContain(`Tự nhận xét: ${TEXT.comment}`);
    expect(flat(raw)).toContain(flat(TEXT.explanation));
    expect(text).not.toMatch(ESCAPED);
    // The browser's PDF viewer shows the document title in its tab.
    expect(title).toBe(`Phiếu tự đánh giá ${NAME} năm 2026`);
  });
});

// The print pages say what the PDF says: the welfare sổ and the bản đăng ký thi đua are drawn on
// the screen from the same paper (lib/document) as their PDF, with the same signer and issue date
// chosen in the toolbar. Each page is rendered as the signed-in chủ tịch (React's static renderer,
// async server components included), and its paper's text is compared with the PDF's from the route
// in the order it is drawn (pdftotext -raw). Spaces, dashes and letter case are ignored: the PDF
// breaks a long name inside a narrow cell, and the page upper-cases the unit and title with CSS.
import { prerender } from "react-dom/static";
import { beforeAll, describe, expect, it } from "vitest";
import PrintRegistrationsPage from "@/app/(print)/print/emulation/registrations/page";
import PrintWelfarePage from "@/app/(print)/print/welfare/page";
import { GET as registrationsGet } from "@/app/api/emulation/registrations/route";
import { GET as welfareGet } from "@/app/api/welfare/register/pdf/route";
import { pdfPages, pdfRawText, pdfText } from "../support/documents";
import { get, scriptRecords } from "./helpers/script-text-kit";
import { actAs } from "./helpers/session";
import { buildWorld, type World } from "./helpers/world";

let w: World;

beforeAll(async () => {
  w = await buildWorld();
  await scriptRecords(w);
}, 90_000);

type Page = (p: { searchParams: Promise<Record<string, string>> }) => Promise<React.ReactElement>;

/** The page's HTML as the chủ tịch sees it. */
async function renderPage(page: Page, search: Record<string, string>) {
  actAs(w.people.chair.user.id);
  const element = await page({ searchParams: Promise.resolve(search) });
  const { prelude } = await prerender(element);
  return await new Response(prelude).text();
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&nbsp;|&#xa0;/g, " ")
    .replace(/&amp;/g, "&");

/** The paper's text on the page: the <article>, tags as spaces. */
function articleText(html: string) {
  const article = /<article[\s\S]*<\/article>/.exec(html)?.[0] ?? "";
  return decode(article.replace(/<[^>]+>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}

/** The toolbar's text and links: everything before the paper. */
const toolbar = (html: string) => html.slice(0, html.indexOf("<article"));

/** The text with no spaces, lower case: the PDF breaks a long name inside a narrow cell. */
const flat = (t: string) =>
  t
    .normalize("NFC")
    .toLocaleLowerCase("vi")
    .replace(/[\s\-–]+/g, "");

async function pdf(path: string, handler: unknown, query: string) {
  const res = await get(path, handler, w.people.chair.user.id, { query });
  if (res.status !== 200) expect.fail(`status ${res.status}: ${await res.text()}`);
  return new Uint8Array(await res.arrayBuffer());
}

const CASES = [
  {
    name: "sổ theo dõi thăm hỏi",
    page: PrintWelfarePage as unknown as Page,
    api: "/api/welfare/register/pdf",
    handler: welfareGet,
    title: "SỔ THEO DÕI THĂM HỎI",
  },
  {
    name: "bản đăng ký thi đua",
    page: PrintRegistrationsPage as unknown as Page,
    api: "/api/emulation/registrations",
    handler: registrationsGet,
    title: "BẢN ĐĂNG KÝ THI ĐUA",
  },
];

describe.each(CASES)("$name", (c) => {
  it("the print page carries the same words as the PDF", async () => {
    const bytes = await pdf(c.api, c.handler, "?year=2026&format=pdf");
    expect(pdfPages(bytes)).toBe(1);
    const printed = pdfText(bytes);
    const page = articleText(await renderPage(c.page, { year: "2026" }));
    expect(printed).toContain(c.title);
    expect(page.toLocaleUpperCase("vi")).toContain(c.title);
    expect(flat(page)).toBe(flat(pdfRawText(bytes)));
  });

  it("with the deputy signing and a date the BCH sets, both say KT. CHỦ TỊCH and that date", async () => {
    const q = { year: "2026", signer: "deputy", date: "2027-01-05" };
    const bytes = await pdf(c.api, c.handler, `?${new URLSearchParams({ ...q, format: "pdf" })}`);
    const printed = pdfText(bytes);
    const html = await renderPage(c.page, q);
    const page = articleText(html);
    for (const t of [printed, page]) {
      expect(t).toContain("ngày 05 tháng 01 năm 2027");
      expect(t).toContain("KT. CHỦ TỊCH");
      expect(t).toContain(w.people.viceChair.member.fullName);
      expect(t).not.toContain("TM. BAN CHẤP HÀNH");
    }
    expect(flat(page)).toBe(flat(pdfRawText(bytes)));
    // The toolbar offers the signer and the date, keeps the year, and passes both to the downloads.
    const bar = toolbar(html);
    expect(bar).toContain('name="signer"');
    expect(bar).toContain('name="date"');
    expect(bar).toMatch(/<input type="hidden" name="year" value="2026"\/>/);
    expect(bar).toContain("format=pdf&amp;signer=deputy&amp;date=2027-01-05");
    expect(bar).toContain("format=docx&amp;signer=deputy&amp;date=2027-01-05");
  });
});

// Every paper the app hands out, through its route as the chủ tịch, on the one document engine:
// Tinos embedded (no DejaVu), the issue date (never the print date), the signer chosen when
// printing, the signature never alone on its page, and the DOCX with the same words as the PDF.
// PAPERS_OUT=/some/dir keeps the files for looking at (pdftoppm, libreoffice).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as assessmentGet } from "@/app/api/emulation/assessment/route";
import { GET as registrationsGet } from "@/app/api/emulation/registrations/route";
import { GET as minutesDocxGet } from "@/app/api/meetings/[id]/docx/route";
import { GET as minutesPdfGet } from "@/app/api/meetings/[id]/pdf/route";
import { GET as ratingAllGet } from "@/app/api/rating/all/route";
import { GET as ratingAwardsGet } from "@/app/api/rating/awards/route";
import { GET as ratingMinutesGet } from "@/app/api/rating/minutes/route";
import { GET as ratingSheetGet } from "@/app/api/rating/sheet/route";
import { GET as ratingSummaryGet } from "@/app/api/rating/summary/route";
import { GET as ratingUnitGet } from "@/app/api/rating/unit/route";
import { GET as welfareGet } from "@/app/api/welfare/register/pdf/route";
import { compareTexts, pdfFonts, pdfPages, pdfPageText, pdfText } from "../support/documents";
import { rateWorld, type RatedWorld } from "./helpers/rating-reports-fixtures";
import { get, scriptRecords } from "./helpers/script-text-kit";
import { buildWorld, type World } from "./helpers/world";

let w: World;
let rw: World;
let f: Awaited<ReturnType<typeof scriptRecords>>;
let r: RatedWorld;

beforeAll(async () => {
  w = await buildWorld();
  f = await scriptRecords(w);
  rw = await buildWorld();
  r = await rateWorld(rw);
}, 90_000);

type Paper = {
  name: string;
  path: string;
  handler: unknown;
  world: () => World;
  params?: () => Record<string, string>;
  query: () => string;
  docx: boolean;
  /** The place-and-date line as printed without ?date=. */
  date: string;
  /** Dated by its meeting: a date set when printing does not replace it. */
  fixed?: boolean;
  /** Signed for the BCH (TM. / KT.). */
  bch: boolean;
};

const BLANK = "ngày … tháng … năm ……";
const PAPERS: Paper[] = [
  {
    name: "bien-ban",
    path: "/api/meetings/[id]/pdf",
    handler: minutesPdfGet,
    world: () => w,
    params: () => ({ id: f.meeting.id }),
    query: () => "",
    docx: true,
    date: "", // the meeting's, checked below
    fixed: true,
    bch: false,
  },
  {
    name: "so-tham-hoi",
    path: "/api/welfare/register/pdf",
    handler: welfareGet,
    world: () => w,
    query: () => "?year=2026",
    docx: true,
    date: BLANK,
    bch: true,
  },
  {
    name: "dang-ky-thi-dua",
    path: "/api/emulation/registrations",
    handler: registrationsGet,
    world: () => w,
    query: () => "?year=2026",
    docx: true,
    date: BLANK,
    bch: true,
  },
  {
    name: "phieu-thi-dua",
    path: "/api/emulation/assessment",
    handler: assessmentGet,
    world: () => w,
    query: () => `?year=2026&member=${f.member.id}`,
    docx: true,
    date: "",
    bch: false,
  },
  {
    name: "tong-hop",
    path: "/api/rating/summary",
    handler: ratingSummaryGet,
    world: () => rw,
    query: () => "?year=2026",
    docx: true,
    date: "ngày 20 tháng 12 năm 2026",
    bch: true,
  },
  {
    name: "bao-cao-cdcs",
    path: "/api/rating/unit",
    handler: ratingUnitGet,
    world: () => rw,
    query: () => "?year=2026",
    docx: true,
    date: "ngày 20 tháng 12 năm 2026",
    bch: true,
  },
  {
    name: "khen-thuong",
    path: "/api/rating/awards",
    handler: ratingAwardsGet,
    world: () => rw,
    query: () => "?year=2026",
    docx: true,
    date: "ngày 20 tháng 12 năm 2026",
    bch: true,
  },
  {
    name: "phieu-xep-loai",
    path: "/api/rating/sheet",
    handler: ratingSheetGet,
    world: () => rw,
    query: () => `?year=2026&member=${r.scriptMember.id}`,
    docx: true,
    date: "ngày 20 tháng 12 năm 2026",
    bch: true,
  },
  {
    name: "bien-ban-to",
    path: "/api/rating/minutes",
    handler: ratingMinutesGet,
    world: () => rw,
    query: () => `?year=2026&group=${rw.groupA.id}`,
    docx: true,
    date: "",
    fixed: true,
    bch: false,
  },
  {
    name: "tat-ca",
    path: "/api/rating/all",
    handler: ratingAllGet,
    world: () => rw,
    query: () => "?year=2026",
    docx: false,
    date: "ngày 20 tháng 12 năm 2026",
    bch: true,
  },
];

async function fetchPaper(p: Paper, extra = "", format = "pdf") {
  const q = p.query();
  const query = `${q}${q ? "&" : "?"}format=${format}${extra}`;
  const path = format === "docx" && p.name === "bien-ban" ? "/api/meetings/[id]/docx" : p.path;
  const handler = format === "docx" && p.name === "bien-ban" ? minutesDocxGet : p.handler;
  const res = await get(path, handler, p.world().people.chair.user.id, { params: p.params?.(), query });
  if (res.status !== 200) expect.fail(`${p.name}: status ${res.status}: ${await res.text()}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const out = process.env.PAPERS_OUT;
  if (out) writeFileSync(join(out, `${p.name}${extra ? "-ky-thay" : ""}.${format}`), bytes);
  return bytes;
}

describe.each(PAPERS)("$name", (p) => {
  it("Tinos embedded, no DejaVu; the signature's page carries the last lines of the body", async () => {
    const pdf = await fetchPaper(p);
    const fonts = pdfFonts(pdf);
    expect(fonts).toMatch(/Tinos-Regular\s.*yes\s+yes\s+yes/);
    expect(fonts).not.toMatch(/DejaVu/);
    // Each paper's signature block: its page has body text above it, not the signature alone.
    const pages = pdfPages(pdf);
    for (let n = 1; n <= pages; n++) {
      const page = pdfPageText(pdf, n);
      const at = page.search(/TM\. BAN CHẤP HÀNH|THƯ KÝ|TỔ CÔNG ĐOÀN/);
      if (at < 0) continue;
      const before = page
        .slice(0, at)
        .replace(/^\d+\s/, "")
        .trim();
      expect(before.length, `${p.name} page ${n}: ${page.slice(0, 120)}`).toBeGreaterThan(40);
    }
  });

  it.runIf(p.date !== "")(
    "printed with the date of its act (or a line to fill in), never today",
    async () => {
      expect(pdfText(await fetchPaper(p))).toContain(p.date);
    },
  );

  it("a date the BCH sets replaces the printed date, except on a paper dated by its meeting", async () => {
    const text = pdfText(await fetchPaper(p));
    const set = pdfText(await fetchPaper(p, "&date=2027-01-05"));
    const line = (t: string) => /ngày (\d{2}|…) tháng (\d{2}|…) năm (\d{4}|……)/.exec(t)?.[0];
    if (p.fixed) {
      // A biên bản keeps its meeting's date (meetings-printouts.test.tsx checks it is the meeting's).
      expect(line(set)).toBe(line(text));
      expect(line(text)).toMatch(/^ngày \d{2} tháng \d{2} năm \d{4}$/);
    } else expect(line(set)).toBe("ngày 05 tháng 01 năm 2027");
  });

  it.runIf(p.bch)(
    "signed TM. BAN CHẤP HÀNH / CHỦ TỊCH, or KT. CHỦ TỊCH / PHÓ CHỦ TỊCH with the deputy's name",
    async () => {
      const world = p.world();
      const chair = pdfText(await fetchPaper(p));
      expect(chair).toMatch(/TM\. BAN CHẤP HÀNH\s+CHỦ TỊCH/);
      expect(chair).toContain(world.people.chair.member.fullName);
      const deputy = pdfText(await fetchPaper(p, "&signer=deputy"));
      expect(deputy).toMatch(/KT\. CHỦ TỊCH\s+PHÓ CHỦ TỊCH/);
      expect(deputy).toContain(world.people.viceChair.member.fullName);
      expect(deputy).not.toContain("TM. BAN CHẤP HÀNH");
    },
  );

  it.runIf(p.docx)("the DOCX carries the same words as the PDF", async () => {
    const pdf = await fetchPaper(p);
    const docx = await fetchPaper(p, "", "docx");
    const t = await compareTexts(pdf, docx);
    expect(t.paragraphs).toBeGreaterThan(10);
    expect(t.missing).toEqual([]);
    expect(t.extra).toEqual([]);
  });
});

it("a date that does not exist is refused with a message", async () => {
  const res = await get("/api/welfare/register/pdf", welfareGet, w.people.chair.user.id, {
    query: "?year=2026&date=2026-02-30",
  });
  expect(res.status).toBe(400);
  expect(await res.json()).toEqual({ error: "Ngày ban hành không hợp lệ (dạng yyyy-mm-dd)." });
});

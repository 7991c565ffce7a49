// The rating reports read back as a person sees them: each PDF and DOCX carries its title, the
// per-level counts and the quota line, and the counts are the database's. Fonts are embedded, and a
// name with <script> prints as text. Scope: who gets which phiếu and biên bản.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Actor, getActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { quotaLine, quotaUsage } from "@/lib/rating/quota";
import type { ReportDoc } from "@/lib/rating/reports/blocks";
import { awardsDoc } from "@/lib/rating/reports/docs/awards-doc";
import { minutesDoc } from "@/lib/rating/reports/docs/minutes-doc";
import { sheetDoc } from "@/lib/rating/reports/docs/sheet-doc";
import { summaryDoc } from "@/lib/rating/reports/docs/summary-doc";
import { unitDoc } from "@/lib/rating/reports/docs/unit-doc";
import { buildReportDocx } from "@/lib/rating/reports/docx/report-docx";
import { renderReportsPdf } from "@/lib/rating/reports/pdf/writer";
import { getAllReports } from "@/lib/rating/reports/queries/all-reports";
import { getAwardsReport } from "@/lib/rating/reports/queries/awards";
import { getGroupMinutes } from "@/lib/rating/reports/queries/group-minutes";
import { getMemberSheet } from "@/lib/rating/reports/queries/member-sheet";
import { getRatingSummary } from "@/lib/rating/reports/queries/summary";
import { getUnitReport } from "@/lib/rating/reports/queries/unit-report";
import { findRatingYear } from "@/lib/rating/year";
import { docxText, pdfFonts, pdfPages, pdfText, wordBag } from "../support/documents";
import { L, rateWorld, type RatedWorld } from "./helpers/rating-reports-fixtures";
import { actAs } from "./helpers/session";
import { buildWorld, type RoleKey, type World } from "./helpers/world";
import { SUITE_MOMENT } from "../support/today";

let w: World;
let r: RatedWorld;
const as = async (role: RoleKey): Promise<Actor> => {
  actAs(w.userIdOf(role));
  return (await getActor())!;
};
/** RATING_REPORTS_OUT=/some/dir keeps the files for looking at (pdftoppm, soffice). */
const keep = (name: string, bytes: Uint8Array) => {
  const dir = process.env.RATING_REPORTS_OUT;
  if (dir) writeFileSync(join(dir, name), bytes);
};
const files = async (doc: ReportDoc) => {
  const pdf = await renderReportsPdf([doc]);
  const docx = await buildReportDocx(doc);
  const name = doc.title.split(" ")[0].toLowerCase() + (doc.subtitle ? "-bb" : "");
  keep(`${name}.pdf`, pdf);
  keep(`${name}.docx`, docx);
  return { pdf, text: pdfText(pdf), docx: await docxText(docx) };
};
/** The counts per level and the quota line, straight from the MemberRating rows. */
async function dbCounts() {
  const y = (await findRatingYear(w.unit.id, 2026))!;
  const rows = await db.memberRating.groupBy({
    by: ["finalLevel"],
    where: { ratingYearId: r.ry.id, excludedReason: null, finalLevel: { not: null } },
    _count: true,
  });
  const counts = Object.fromEntries(rows.map((x) => [x.finalLevel!, x._count]));
  return { counts, line: quotaLine(quotaUsage(counts, y.levels, y.quota), y.levels, y.quota) };
}

beforeAll(async () => {
  w = await buildWorld();
  r = await rateWorld(w);
}, 60_000);

describe("TỔNG HỢP", () => {
  it("PDF and DOCX: title, counts per level equal to the database's, the quota line, exception, excluded, <script> as text", async () => {
    const s = (await getRatingSummary(await as("chair"), 2026))!;
    const { pdf, text, docx } = await files(summaryDoc(s));
    const { counts, line } = await dbCounts();
    expect(counts[L.XS]).toBe(2);
    expect(line).toMatch(/^Số HTXSNV \/ số HTTNV trở lên: 2\/\d+ = /);
    for (const t of [text, docx]) {
      expect(t).toContain("TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐOÀN VIÊN NĂM 2026");
      for (const [level, n] of Object.entries(counts)) expect(t).toContain(`${level}: ${n} đoàn viên`);
      expect(t).toContain(line);
      expect(t).toContain("Đạt giải Nhất giáo viên dạy giỏi cấp tỉnh");
      expect(t).toContain("Nghỉ dài ngày");
      expect(t).toContain(`<script>alert(1)</script> Lê ${r.tag}`);
      expect(t).toContain(`05/NQ-CĐCS-${r.tag}`);
      expect(t).toMatch(/TM\. BAN CHẤP HÀNH\s+CHỦ TỊCH/);
      expect(t).toContain(w.people.chair.member.fullName);
    }
    expect(pdfFonts(pdf)).toMatch(/Tinos-Regular\s.*yes\s+yes\s+yes/);
    expect(pdfFonts(pdf)).not.toMatch(/DejaVu/);
    // Dated the BCH's decision (20/12/2026 in the fixtures), never the day it is printed.
    for (const t of [text, docx]) expect(t).toContain("ngày 20 tháng 12 năm 2026");
  });

  it("only rating.export: a tổ trưởng and a member get nothing, another unit's chair gets nothing", async () => {
    for (const role of ["leaderSameGroup", "member", "chairOfOtherUnit"] as const)
      expect(await getRatingSummary(await as(role), 2026)).toBeNull();
    expect(await getRatingSummary(await as("chair"), 2031)).toBeNull();
    expect(await getRatingSummary(await as("ubkt"), 2026)).not.toBeNull();
  });
});

describe("PHIẾU", () => {
  it("every column filled: the tổ's differing score, else the self score; tổ opinion with votes; BCH conclusion", async () => {
    const s = (await getMemberSheet(await as("chair"), 2026, r.scriptMember.id))!;
    const { pdf, text, docx } = await files(sheetDoc(s));
    const c = r.ey.criteria[0];
    for (const t of [text, docx]) {
      expect(t).toContain("PHIẾU TỰ ĐÁNH GIÁ, XẾP LOẠI ĐOÀN VIÊN NĂM 2026");
      expect(t).toContain(`<script>alert(1)</script> Lê ${r.tag}`);
      expect(t).toContain("Tổ chấm thấp hơn: còn chậm báo cáo");
      expect(t).toContain(`${c.maxPoints} ${c.maxPoints - 1} ${c.maxPoints - 3}`);
      expect(t).toContain("đồng ý 5/6, không đồng ý 1/6");
      expect(t).toContain(`3. Kết luận của Ban Chấp hành: ${L.XS}.`);
      expect(t).toContain("NGƯỜI TỰ ĐÁNH GIÁ");
      expect(t).toContain(w.people.leaderSameGroup.member.fullName);
    }
    expect(pdfFonts(pdf)).toMatch(/Tinos/);
  });

  it("the PDF and the DOCX of the phiếu carry the same words", async () => {
    const s = (await getMemberSheet(await as("chair"), 2026, r.scriptMember.id))!;
    const { text, docx } = await files(sheetDoc(s));
    // The PDF numbers its pages from page 2 at the top; the DOCX numbers them in the page header.
    const pages = Array.from({ length: pdfPages(await renderReportsPdf([sheetDoc(s)])) - 1 }, (_, i) =>
      String(i + 2),
    );
    const pdfWords = wordBag(text);
    for (const n of pages) pdfWords.splice(pdfWords.indexOf(n), 1);
    expect(pdfWords).toEqual(wordBag(docx));
  });

  it("scope: own sheet without the final level until published; the tổ trưởng's own tổ only; nobody else's", async () => {
    const own = (await getMemberSheet(await as("member"), 2026, w.people.member.member.id))!;
    expect((await files(sheetDoc(own))).text).toContain("Kết luận của Ban Chấp hành: Chưa công bố.");
    expect(await getMemberSheet(await as("member"), 2026, r.scriptMember.id)).toBeNull();
    expect(await getMemberSheet(await as("leaderSameGroup"), 2026, r.scriptMember.id)).not.toBeNull();
    expect(await getMemberSheet(await as("leaderOtherGroup"), 2026, r.scriptMember.id)).toBeNull();
    expect(await getMemberSheet(await as("chairOfOtherUnit"), 2026, r.scriptMember.id)).toBeNull();
    await db.ratingYear.update({ where: { id: r.ry.id }, data: { publishedAt: SUITE_MOMENT } });
    try {
      const after = (await getMemberSheet(await as("member"), 2026, w.people.member.member.id))!;
      expect((await files(sheetDoc(after))).text).toContain(`Kết luận của Ban Chấp hành: ${L.T}.`);
    } finally {
      await db.ratingYear.update({ where: { id: r.ry.id }, data: { publishedAt: null } });
    }
  });
});

describe("BIÊN BẢN HỌP TỔ", () => {
  it("meeting, có mặt x/y, the members' table, the excluded with the reason, THƯ KÝ / CHỦ TRÌ", async () => {
    const d = (await getGroupMinutes(await as("leaderSameGroup"), 2026, w.groupA.id))!;
    const members = await db.memberRating.count({ where: { ratingYearId: r.ry.id, groupId: w.groupA.id } });
    const { text, docx } = await files(minutesDoc(d));
    expect(docx).toContain(`<script>alert(1)</script> Lê ${r.tag}`);
    for (const t of [text, docx]) {
      expect(t).toContain("BIÊN BẢN HỌP TỔ CÔNG ĐOÀN");
      expect(t).toContain("(Đánh giá, xếp loại đoàn viên năm 2026)");
      expect(t).toContain(`có mặt 6/${members} đoàn viên`);
      expect(t).toContain("Phòng họp tổ Toán");
      expect(t).toContain("<script>alert(1)<");
      expect(t).toContain("Các đoàn viên đều tích cực");
      expect(t).toContain("THƯ KÝ");
      expect(t).toContain("CHỦ TRÌ");
      // Read out and approved at the meeting (not "trước cuộc họp", which reads as "before it").
      expect(t).toContain("Biên bản đã được đọc lại và thông qua tại cuộc họp.");
      expect(t).not.toContain("trước cuộc họp");
    }
    expect(text).toMatch(/THƯ KÝ\s+CHỦ TRÌ/);
    expect(await getGroupMinutes(await as("leaderOtherGroup"), 2026, w.groupA.id)).toBeNull();
    expect(await getGroupMinutes(await as("member"), 2026, w.groupA.id)).toBeNull();
    expect(await getGroupMinutes(await as("chair"), 2026, w.groupB.id)).toBeNull(); // no review
  });
});

describe("BÁO CÁO CĐCS and ĐỀ NGHỊ KHEN THƯỞNG", () => {
  it("the 1294 template with self and cấp trên columns, the levels and the reference; members per level and the quota line", async () => {
    const d = (await getUnitReport(await as("chair"), 2026))!;
    const { text, docx } = await files(unitDoc(d));
    const { counts, line } = await dbCounts();
    for (const t of [text, docx]) {
      expect(t).toContain("BÁO CÁO TỰ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG HOẠT ĐỘNG CĐCS NĂM 2026");
      expect(t).toMatch(/CĐCS\s+tự\s+(Cấp trên\s+)?chấm/);
      // pdftotext joins a number broken at its hyphen at the end of a line ("12/QĐ-" + "CĐN-…").
      expect(t.replace(/-/g, "")).toContain(`theo quyết định số 12/QĐCĐN${r.tag.replace(/-/g, "")}`);
      expect(t).toContain(`${L.XS}: ${counts[L.XS]} (`);
      expect(t).toContain(line);
      expect(t).toContain("Xây dựng tổ chức công đoàn");
    }
  });

  it("a reference typed with its 'Số:' prints once: 'theo quyết định số 45/QĐ-LĐLĐ'", async () => {
    const d = (await getUnitReport(await as("chair"), 2026))!;
    const doc = unitDoc({ ...d, report: { ...d.report, reviewRef: "Số: 45/QĐ-LĐLĐ" } });
    const { text, docx } = await files(doc);
    for (const t of [text, docx]) {
      expect(t).toContain("theo quyết định số 45/QĐ-LĐLĐ");
      expect(t).not.toMatch(/số Số/i);
    }
  });

  it("the awarded title with the <script> member as text", async () => {
    const d = (await getAwardsReport(await as("chair"), 2026))!;
    const { text, docx } = await files(awardsDoc(d));
    for (const t of [text, docx]) {
      expect(t).toContain("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG");
      expect(t).toContain("Tổng số đề nghị: 0 tập thể và 1 cá nhân");
      expect(t).toContain("<script>alert(1)<");
    }
    expect(docx).toContain(r.title.name);
    expect(docx).toContain(`<script>alert(1)</script> Lê ${r.tag}`);
    expect(await getAwardsReport(await as("leaderSameGroup"), 2026)).toBeNull();
  });
});

describe("one click", () => {
  it("every report of the year in one PDF, the phiếu of every member included", async () => {
    const docs = (await getAllReports(await as("chair"), 2026))!;
    const pdf = await renderReportsPdf(docs);
    keep("all.pdf", pdf);
    const text = pdfText(pdf);
    const rated = await db.memberRating.count({ where: { ratingYearId: r.ry.id } });
    for (const title of [
      "TỔNG HỢP KẾT QUẢ",
      "BÁO CÁO TỰ ĐÁNH GIÁ",
      "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG",
      "BIÊN BẢN HỌP TỔ CÔNG ĐOÀN",
    ])
      expect(text).toContain(title);
    expect(text.split("PHIẾU TỰ ĐÁNH GIÁ, XẾP LOẠI ĐOÀN VIÊN NĂM 2026").length - 1).toBe(rated);
    expect(pdfPages(pdf)).toBeGreaterThan(rated);
  });
});

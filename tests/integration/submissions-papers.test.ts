// The four papers a CĐCS sends besides the statistics report, built by the REAL builders of
// lib/submissions/papers for a hand-built unit (rating-reports-fixtures' rated 2026, plus welfare
// visits, đoàn phí payments and remittances made here): each frozen ReportDoc's key figures and its
// payload equal values worked out in this file from the rows it wrote.
import { beforeAll, describe, expect, it } from "vitest";
import { type Actor, loadActor } from "@/lib/auth/current-user";
import { pinMoment } from "@/lib/clock";
import { db } from "@/lib/db";
import type { ReportDoc } from "@/lib/document/blocks";
import { formatMoney } from "@/lib/format";
import { buildPaper } from "@/lib/submissions/papers/build";
import { SUITE_MOMENT } from "../support/today";
import { L, rateWorld, type RatedWorld } from "./helpers/rating-reports-fixtures";
import { buildWorld, type World } from "./helpers/world";
import { makeWelfareCategory, makeWelfareVisit } from "../factories/welfare";

const YEAR = 2026;
let w: World;
let r: RatedWorld;
let actor: Actor;

beforeAll(async () => {
  w = await buildWorld();
  pinMoment(SUITE_MOMENT);
  r = await rateWorld(w, YEAR);
  actor = (await loadActor(w.people.chair.user.id))!;
}, 90_000);

/** Every text of a paper, in order: headings, paragraphs, table cells and footers. */
function texts(doc: ReportDoc): string[] {
  const out: string[] = [doc.title, doc.subtitle ?? ""];
  for (const b of doc.blocks as { kind: string; text?: string; rows?: string[][]; footer?: string[][] }[]) {
    if (b.text) out.push(b.text);
    for (const row of [...(b.rows ?? []), ...(b.footer ?? [])]) out.push(...row.map(String));
  }
  return out;
}
const rowsOf = (doc: ReportDoc) =>
  (doc.blocks as { kind: string; rows?: string[][] }[]).flatMap((b) => (b.kind === "table" ? b.rows! : []));

describe("SELF_RATING: the BÁO CÁO TỰ ĐÁNH GIÁ, XẾP LOẠI CĐCS", () => {
  it("carries every UNIT criterion with its self-score, and the total and level the paper prints", async () => {
    const criteria = await db.ratingCriterion.findMany({
      where: { ratingYearId: r.ry.id, scope: "UNIT" },
      orderBy: { position: "asc" },
    });
    expect(criteria.length).toBeGreaterThan(0);
    // rateWorld scored each criterion its maximum minus one.
    const total = criteria.reduce((s, c) => s + c.maxPoints - 1, 0);
    const paper = await buildPaper(actor, "SELF_RATING", YEAR);
    expect(paper.payload.criteria.map((c) => [c.criterionId, c.maxScore, c.selfScore])).toEqual(
      criteria.map((c) => [c.id, c.maxPoints, c.maxPoints - 1]),
    );
    expect(paper.payload.selfTotal).toBe(total);
    expect(paper.payload.selfLevel).toBe(L.XS);
    expect(paper.payload.templateId).toBe(r.ry.id);
    expect(paper.docs).toHaveLength(1);
    const all = texts(paper.docs[0]).join("\n");
    expect(all).toContain(String(total));
    expect(all).toContain(L.XS);
  });
});

describe("AWARDS_FILE: the hồ sơ đề nghị khen thưởng (TỜ TRÌNH and DANH SÁCH)", () => {
  it("proposes exactly the title awarded for the cấp trên, by its TitleAward, and lists the name", async () => {
    const awarded = await db.titleAward.findMany({
      where: { ratingYearId: r.ry.id, result: "ACHIEVED" },
      select: { id: true, titleId: true },
    });
    expect(awarded).toHaveLength(1);
    const paper = await buildPaper(actor, "AWARDS_FILE", YEAR);
    expect(
      paper.payload.proposals.map((p) => [p.proposalRef, p.subject, p.memberId, p.titleId, p.displayName]),
    ).toEqual([[awarded[0].id, "MEMBER", r.scriptMember.id, r.title.id, r.scriptMember.fullName]]);
    expect(paper.docs).toHaveLength(2);
    const list = paper.docs[1];
    expect(rowsOf(list).some((row) => row.includes(r.scriptMember.fullName))).toBe(true);
  });
});

describe("ANNUAL_REPORT: the báo cáo tổng kết", () => {
  it("counts the members, the rating levels and the welfare the unit's own rows hold", async () => {
    const cat = await makeWelfareCategory(db, w.unit.id, { name: `Ốm đau ${r.tag}` });
    const visit = (amount: number, state: "DONE" | "CANCELLED", eventOn: string) =>
      makeWelfareVisit(db, {
        unitId: w.unit.id,
        memberId: w.people.member.member.id,
        categoryId: cat.id,
        amount,
        state,
        eventOn,
      });
    await visit(300_000, "DONE", `${YEAR}-03-10`);
    await visit(500_000, "DONE", `${YEAR}-09-02`);
    await visit(700_000, "CANCELLED", `${YEAR}-10-01`);
    // Another year's visit is not this report's.
    await visit(900_000, "DONE", `${YEAR - 1}-11-20`);
    const members = await db.member.count({ where: { unitId: w.unit.id, status: "ACTIVE" } });
    const paper = await buildPaper(actor, "ANNUAL_REPORT", YEAR);
    expect(paper.payload.members.total).toBe(members);
    expect(paper.payload.welfare).toEqual({ visits: 2, amount: 800_000 });
    // rateWorld: the world's 7 and its 5 extra members rated T but 2 XS (one an exception) and 1 HT,
    // the vice chair excluded: 12 − 1 − 3 = 8 T.
    const level = (l: string) => paper.payload.ratingLevels?.find((x) => x.level === l)?.count;
    expect([level(L.XS), level(L.T), level(L.HT), level(L.K)]).toEqual([2, 8, 1, 0]);
    expect(paper.payload.unitLevel).toBe(L.T);
    expect(paper.docs).toHaveLength(1);
    expect(texts(paper.docs[0]).join("\n")).toContain(formatMoney(800_000));
  });
});

describe("DUES_SHARE: the BÁO CÁO THU, NỘP ĐOÀN PHÍ", () => {
  it("lists the year's remittances with their sum, and what is still owed to the cấp trên", async () => {
    const remit = (from: string, to: string, amount: number) =>
      db.duesRemittance.create({
        data: {
          unitId: w.unit.id,
          fromMonth: new Date(`${from}-01T00:00:00Z`),
          toMonth: new Date(`${to}-01T00:00:00Z`),
          amount,
          paidOn: new Date(`${to}-15T00:00:00Z`),
          account: "Tài khoản cấp trên",
        },
      });
    await remit(`${YEAR}-01`, `${YEAR}-03`, 1_250_000);
    await remit(`${YEAR}-04`, `${YEAR}-06`, 750_000);
    // Paid in another year: not in this year's paper.
    await remit(`${YEAR - 1}-10`, `${YEAR - 1}-12`, 400_000);
    const paper = await buildPaper(actor, "DUES_SHARE", YEAR);
    const p = paper.payload;
    expect(p.from).toBe(`${YEAR}-01-01`);
    expect(p.to).toBe(`${YEAR}-12-31`);
    expect(p.remitted).toBe(2_000_000);
    expect(p.remittances.map((x) => [x.fromMonth, x.toMonth, x.amount, x.paidOn])).toEqual([
      [`${YEAR}-01-01`, `${YEAR}-03-01`, 1_250_000, `${YEAR}-03-15`],
      [`${YEAR}-04-01`, `${YEAR}-06-01`, 750_000, `${YEAR}-06-15`],
    ]);
    // What the CĐCS keeps is what it collected less the cấp trên's share (and any extra it keeps whole).
    expect(p.kept).toBeLessThanOrEqual(p.collected - p.upperShare);
    const doc = paper.docs[0];
    expect(doc.title).toBe("BÁO CÁO THU, NỘP ĐOÀN PHÍ CÔNG ĐOÀN");
    const rows = rowsOf(doc);
    expect(rows).toContainEqual(["Phần nộp công đoàn cấp trên", formatMoney(p.upperShare)]);
    expect(rows).toContainEqual(["1", `01/${YEAR} – 03/${YEAR}`, `15/03/${YEAR}`, formatMoney(1_250_000)]);
    const owing = p.upperShare - 2_000_000;
    const all = texts(doc).join("\n");
    expect(all).toContain(formatMoney(2_000_000));
    expect(all).toContain(
      owing > 0
        ? `Còn phải nộp cấp trên: ${formatMoney(owing)}.`
        : `Đã nộp đủ phần của cấp trên${owing < 0 ? ` (nộp thừa ${formatMoney(-owing)})` : ""}.`,
    );
  });
});

// Tổ and CĐCS ratings against real PostgreSQL: points within the maximum (next to the field, DB
// unchanged), another tổ's leader, the template lock, the finalised year, audit rows, stale
// versions, and the report functions (getUnitRatingReport, listGroupRatings).
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import {
  decideGroupLevelAction,
  saveCollectiveTemplateAction,
  saveGroupSelfScoreAction,
  saveUnitAppraisalAction,
  saveUnitSelfScoreAction,
} from "@/lib/rating/collectives/actions";
import { getUnitRatingReport, listGroupRatings } from "@/lib/rating/collectives/queries";
import { openRatingYearAction } from "@/lib/rating/decision/actions";
import { unitDoc } from "@/lib/rating/reports/docs/unit-doc";
import { getUnitReport } from "@/lib/rating/reports/queries/unit-report";
import { ensureYear } from "./helpers/emulation-fixtures";
import { collectiveScores, ratingYearWithTemplates } from "./helpers/rating-fixtures";
import { actAs } from "./helpers/session";
import { snapshotRating } from "./helpers/snapshot-rating";
import { buildWorld, type World } from "./helpers/world";
import { SUITE_MOMENT } from "../support/today";

let w: World;
let t: Awaited<ReturnType<typeof ratingYearWithTemplates>>;
const groupForm = (over: Record<string, unknown> = {}) => ({
  ratingYearId: t.ratingYear.id,
  groupId: w.groupA.id,
  version: 0,
  scores: collectiveScores(t.group),
  note: "",
  intent: "save",
  ...over,
});
const unchanged = async (action: () => Promise<unknown>) => {
  const before = await snapshotRating([w.unit.id]);
  const audits = await db.auditLog.count();
  const result = await action();
  expect(await snapshotRating([w.unit.id])).toEqual(before);
  expect(await db.auditLog.count()).toBe(audits);
  return result;
};

beforeAll(async () => {
  w = await buildWorld();
  // The CĐCS types the cấp trên's thẩm định itself only while its cấp trên is not in the app.
  await db.unit.update({ where: { id: w.unit.id }, data: { parentId: null } });
  t = await ratingYearWithTemplates(w.unit.id, 2026);
});

describe("the tổ's self-score", () => {
  it("refuses points above the criterion's maximum next to the field, and changes nothing", async () => {
    actAs(w.people.leaderSameGroup.user.id);
    const scores = collectiveScores(t.group);
    scores[1] = { ...scores[1], points: t.group[1].maxPoints + 1 };
    const res = await unchanged(() => saveGroupSelfScoreAction(groupForm({ scores })));
    expect(res).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { "scores.1.points": `Điểm không được vượt điểm chuẩn (${t.group[1].maxPoints}).` },
    });
    expect(
      await unchanged(() =>
        saveGroupSelfScoreAction(groupForm({ scores: scores.map((s) => ({ ...s, points: -1 })) })),
      ),
    ).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  it("another tổ's leader finds nothing; the BCH cannot self-score a tổ", async () => {
    actAs(w.people.leaderOtherGroup.user.id);
    expect(await unchanged(() => saveGroupSelfScoreAction(groupForm()))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    actAs(w.people.bchMember.user.id);
    expect(await unchanged(() => saveGroupSelfScoreAction(groupForm()))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
  });

  it("saves, submits with the level of the year's scheme, audits, and refuses a stale version", async () => {
    actAs(w.people.leaderSameGroup.user.id);
    const total = t.group.reduce((s, c) => s + c.maxPoints - 1, 0);
    expect(await saveGroupSelfScoreAction(groupForm())).toMatchObject({
      ok: true,
      data: { version: 1, selfTotal: total, selfLevel: "Hoàn thành xuất sắc nhiệm vụ" },
    });
    expect(await unchanged(() => saveGroupSelfScoreAction(groupForm({ intent: "submit" })))).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    const low = t.group.map((c) => ({ criterionId: c.id, points: 10 }));
    expect(
      await saveGroupSelfScoreAction(
        groupForm({ version: 1, scores: low, intent: "submit", note: "Tổ còn thiếu sót" }),
      ),
    ).toMatchObject({ ok: true, data: { selfTotal: 40, selfLevel: "Không hoàn thành nhiệm vụ" } });
    const rating = await db.collectiveRating.findUniqueOrThrow({
      where: { ratingYearId_subjectKey: { ratingYearId: t.ratingYear.id, subjectKey: `g:${w.groupA.id}` } },
      include: { scores: true },
    });
    expect(rating).toMatchObject({
      scope: "GROUP",
      groupId: w.groupA.id,
      selfTotal: 40,
      note: "Tổ còn thiếu sót",
      version: 2,
    });
    expect(rating.selfSubmittedAt).not.toBeNull();
    expect(rating.scores.map((s) => s.selfPoints)).toEqual(t.group.map(() => 10));
    const audits = await db.auditLog.findMany({
      where: { entityType: "CollectiveRating", entityId: rating.id },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => a.action)).toEqual([
      "rating.collective.group.save",
      "rating.collective.group.submit",
    ]);
  });

  it("the BCH decides the tổ's level; the tổ can no longer change its self-score", async () => {
    actAs(w.people.bchMember.user.id);
    expect(
      await unchanged(() =>
        decideGroupLevelAction({
          ratingYearId: t.ratingYear.id,
          groupId: w.groupA.id,
          version: 2,
          finalLevel: "Xuất sắc lắm",
          note: "",
        }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { finalLevel: expect.any(String) } });
    expect(
      await decideGroupLevelAction({
        ratingYearId: t.ratingYear.id,
        groupId: w.groupA.id,
        version: 2,
        finalLevel: "Hoàn thành nhiệm vụ",
        note: "Tổ đã khắc phục",
      }),
    ).toMatchObject({ ok: true, data: { version: 3 } });
    actAs(w.people.leaderSameGroup.user.id);
    expect(await unchanged(() => saveGroupSelfScoreAction(groupForm({ version: 3 })))).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    const list = await listGroupRatings(w.unit.id, 2026);
    expect(list.find((g) => g.groupId === w.groupA.id)).toMatchObject({
      selfTotal: 40,
      selfLevel: "Không hoàn thành nhiệm vụ",
      submitted: true,
      finalLevel: "Hoàn thành nhiệm vụ",
      note: "Tổ đã khắc phục",
    });
    expect(list.find((g) => g.groupId === w.groupB.id)).toMatchObject({
      selfTotal: null,
      finalLevel: null,
      submitted: false,
    });
  });
});

describe("the templates", () => {
  it("the GROUP template is locked once a tổ has scored; the UNIT one is still editable until the CĐCS scores", async () => {
    actAs(w.people.chair.user.id);
    const edit = (scope: "GROUP" | "UNIT", list: typeof t.group) =>
      saveCollectiveTemplateAction({
        ratingYearId: t.ratingYear.id,
        scope,
        criteria: list.map((c) => ({
          id: c.id,
          groupName: c.groupName,
          content: c.content,
          maxPoints: c.maxPoints,
        })),
      });
    expect(await unchanged(() => edit("GROUP", t.group))).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: expect.stringContaining("đã khóa"),
    });
    const reordered = [t.unit[1], t.unit[0], ...t.unit.slice(2, -1)];
    expect(await edit("UNIT", reordered)).toMatchObject({ ok: true, data: { count: t.unit.length - 1 } });
    const now = await db.ratingCriterion.findMany({
      where: { ratingYearId: t.ratingYear.id, scope: "UNIT" },
      orderBy: { position: "asc" },
    });
    expect(now.map((c) => c.id)).toEqual(reordered.map((c) => c.id));
    expect(
      await db.auditLog.count({ where: { action: "rating.collective.template", entityId: t.ratingYear.id } }),
    ).toBe(1);
    t = await ratingYearWithTemplates(w.unit.id, 2026);
  });
});

describe("the CĐCS self-rating and the cấp trên's thẩm định", () => {
  it("the BCH self-scores, the chủ tịch records the thẩm định; the report has groups, subtotals and totals", async () => {
    actAs(w.people.bchMember.user.id);
    const over = collectiveScores(t.unit, 0).map((s, i) => (i === 2 ? { ...s, points: s.points + 5 } : s));
    expect(
      await unchanged(() =>
        saveUnitSelfScoreAction({ ratingYearId: t.ratingYear.id, version: 0, scores: over }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { "scores.2.points": expect.stringContaining("điểm chuẩn") } });
    expect(
      await saveUnitSelfScoreAction({
        ratingYearId: t.ratingYear.id,
        version: 0,
        scores: collectiveScores(t.unit, 1),
      }),
    ).toMatchObject({ ok: true, data: { version: 1 } });
    const review = {
      ratingYearId: t.ratingYear.id,
      version: 1,
      scores: collectiveScores(t.unit, 2),
      finalLevel: "Hoàn thành tốt nhiệm vụ",
      reviewRef: "Số 45/QĐ-CĐGD",
      reviewedOn: "20/01/2027",
    };
    expect(await unchanged(() => saveUnitAppraisalAction(review))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    actAs(w.people.chair.user.id);
    expect(await unchanged(() => saveUnitAppraisalAction({ ...review, version: 0 }))).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(
      await unchanged(() => saveUnitAppraisalAction({ ...review, reviewedOn: "31/02/2027" })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { reviewedOn: expect.any(String) },
    });
    expect(await saveUnitAppraisalAction(review)).toMatchObject({ ok: true, data: { version: 2 } });

    const report = (await getUnitRatingReport(w.unit.id, 2026))!;
    const max = t.unit.reduce((s, c) => s + c.maxPoints, 0);
    // The edit above dropped the last criterion, the bonus points: the three groups of 1294 remain.
    expect(report.groups).toHaveLength(3);
    expect(report.maxTotal).toBe(max);
    expect(report.selfTotal).toBe(max - t.unit.length);
    expect(report.reviewedTotal).toBe(max - 2 * t.unit.length);
    expect(report.groups.reduce((s, g) => s + g.selfPoints, 0)).toBe(report.selfTotal);
    expect(report.groups.reduce((s, g) => s + (g.reviewedPoints ?? 0), 0)).toBe(report.reviewedTotal);
    expect(report).toMatchObject({
      reviewedLevel: "Hoàn thành tốt nhiệm vụ",
      reviewRef: "Số 45/QĐ-CĐGD",
      version: 2,
    });
    expect(report.reviewedOn?.toISOString().slice(0, 10)).toBe("2027-01-20");
    const unitRating = await db.collectiveRating.findFirstOrThrow({
      where: { ratingYear: { unitId: w.unit.id, year: 2026 }, subjectKey: "unit" },
    });
    expect(
      await db.auditLog.count({
        where: {
          entityType: "CollectiveRating",
          entityId: unitRating.id,
          action: { in: ["rating.collective.unit.self", "rating.collective.unit.review"] },
        },
      }),
    ).toBe(2);
    expect(await getUnitRatingReport(w.otherUnit.id, 2026)).toBeNull();
  });

  it("a finalised year refuses every change but the cấp trên's thẩm định", async () => {
    const f = await ratingYearWithTemplates(w.unit.id, 2033);
    await db.ratingYear.update({
      where: { id: f.ratingYear.id },
      data: { status: "FINALISED", finalisedAt: SUITE_MOMENT },
    });
    actAs(w.people.chair.user.id);
    const locked = { ok: false, code: "CONFLICT", error: expect.stringContaining("đã chốt") };
    expect(
      await unchanged(() =>
        saveUnitSelfScoreAction({
          ratingYearId: f.ratingYear.id,
          version: 0,
          scores: collectiveScores(f.unit),
        }),
      ),
    ).toMatchObject(locked);
    expect(
      await unchanged(() =>
        decideGroupLevelAction({
          ratingYearId: f.ratingYear.id,
          groupId: w.groupB.id,
          version: 0,
          finalLevel: "Hoàn thành nhiệm vụ",
        }),
      ),
    ).toMatchObject(locked);
    expect(
      await unchanged(() =>
        saveCollectiveTemplateAction({
          ratingYearId: f.ratingYear.id,
          scope: "GROUP",
          criteria: [{ groupName: "Nhóm", content: "Tiêu chí mới", maxPoints: 10 }],
        }),
      ),
    ).toMatchObject(locked);
    actAs(w.people.leaderSameGroup.user.id);
    expect(
      await unchanged(() =>
        saveGroupSelfScoreAction({
          ...groupForm(),
          ratingYearId: f.ratingYear.id,
          scores: collectiveScores(f.group),
        }),
      ),
    ).toMatchObject(locked);
    // …except the cấp trên's thẩm định, which arrives after the CĐCS has closed its year.
    actAs(w.people.chair.user.id);
    const review = {
      ratingYearId: f.ratingYear.id,
      version: 0,
      finalLevel: "Hoàn thành tốt nhiệm vụ",
      reviewRef: "Số: 45/QĐ-LĐLĐ",
      reviewedOn: "20/01/2034",
      scores: collectiveScores(f.unit),
    };
    expect(await saveUnitAppraisalAction(review)).toMatchObject({ ok: true });
    expect(
      await db.collectiveRating.findFirstOrThrow({
        where: { ratingYearId: f.ratingYear.id, subjectKey: "unit" },
      }),
    ).toMatchObject({ finalLevel: "Hoàn thành tốt nhiệm vụ", reviewRef: "Số: 45/QĐ-LĐLĐ" });
    // The reference was typed with its "Số:" prefix; the sentence says "số" once.
    const printed = docText(
      unitDoc((await getUnitReport((await loadActor(w.people.chair.user.id))!, 2033))!),
    );
    expect(printed).toContain("theo quyết định số 45/QĐ-LĐLĐ ngày 20/01/2034");
    expect(printed).not.toContain("số Số:");
  });
});

/** The text of a paper's blocks, for assertions on what is printed. */
const docText = (d: { title: string; blocks: unknown[] }) => `${d.title}\n${JSON.stringify(d.blocks)}`;
const sumBy = (rows: { groupName: string; maxPoints: number }[]) => {
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.groupName, (out.get(r.groupName) ?? 0) + r.maxPoints);
  return [...out.values()];
};

describe("the CĐCS score sheet by unit type (Hướng dẫn 1294/HD-TLĐ)", () => {
  it("a hành chính sự nghiệp unit's year opens with 40 / 40 / 15 and 5 bonus points, 100 in all, the groups named in full; the sheet cites 1294", async () => {
    await ensureYear(w.unit.id, { year: 2091 });
    actAs(w.people.chair.user.id);
    const opened = await openRatingYearAction({ year: 2091 });
    expect(opened).toMatchObject({ ok: true });
    const unit = await db.ratingCriterion.findMany({
      where: { ratingYear: { unitId: w.unit.id, year: 2091 }, scope: "UNIT" },
      orderBy: { position: "asc" },
    });
    expect(sumBy(unit)).toEqual([40, 40, 15, 5]);
    expect(unit.reduce((s, c) => s + c.maxPoints, 0)).toBe(100);
    const names = [...new Set(unit.map((c) => c.groupName))];
    expect(names[0]).toMatch(/và tham gia quản lý, thanh tra, kiểm tra, giám sát$/);
    expect(names[3]).toContain("Điểm thưởng");
    const d = (await getUnitReport((await loadActor(w.people.chair.user.id))!, 2091))!;
    const text = docText(unitDoc(d));
    expect(text).toContain("Hướng dẫn số 1294/HD-TLĐ ngày 14/8/2019");
    expect(text).toContain("hành chính sự nghiệp");
    expect(text).toContain("Điểm chuẩn");
    expect(text).toContain("CĐCS tự chấm");
    expect(text).toContain("Cấp trên thẩm định");
    expect(text).toContain('"Tổng cộng","100"');
  });

  it("a doanh nghiệp unit (a dated setting) opens with the enterprise table and its sheet says so", async () => {
    await db.setting.create({
      data: {
        unitId: w.unit.id,
        key: "unit.type",
        value: "enterprise",
        effectiveFrom: new Date("2092-01-01"),
      },
    });
    await ensureYear(w.unit.id, { year: 2092 });
    actAs(w.people.chair.user.id);
    expect(await openRatingYearAction({ year: 2092 })).toMatchObject({ ok: true });
    const unit = await db.ratingCriterion.findMany({
      where: { ratingYear: { unitId: w.unit.id, year: 2092 }, scope: "UNIT" },
      orderBy: { position: "asc" },
    });
    const hcsn = await db.ratingCriterion.findMany({
      where: { ratingYear: { unitId: w.unit.id, year: 2091 }, scope: "UNIT" },
      orderBy: { position: "asc" },
    });
    expect(unit.reduce((s, c) => s + c.maxPoints, 0)).toBe(100);
    expect(unit.map((c) => c.content)).not.toEqual(hcsn.map((c) => c.content));
    const d = (await getUnitReport((await loadActor(w.people.chair.user.id))!, 2092))!;
    expect(docText(unitDoc(d))).toContain("doanh nghiệp");
  });
});

describe("a blank sheet is not a score of 0", () => {
  const blank = (criteria: { id: string }[]) =>
    criteria.map((c) => ({ criterionId: c.id, points: "" as unknown as number }));

  it("a tổ sheet left blank, or with one blank criterion, is refused next to the field; nothing is stored", async () => {
    const y = await ratingYearWithTemplates(w.unit.id, 3303);
    actAs(w.people.leaderOtherGroup.user.id);
    const form = { ...groupForm(), ratingYearId: y.ratingYear.id, groupId: w.groupB.id };
    const res = await unchanged(() =>
      saveGroupSelfScoreAction({ ...form, scores: blank(y.group), intent: "submit" }),
    );
    expect(res).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { "scores.0.points": expect.stringContaining("Nhập điểm") },
    });
    const one = collectiveScores(y.group).map((s, i) =>
      i === 2 ? { ...s, points: null as unknown as number } : s,
    );
    expect(
      await unchanged(() => saveGroupSelfScoreAction({ ...form, scores: one, intent: "save" })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { "scores.2.points": expect.stringContaining("Nhập điểm") },
    });
    expect(
      await db.collectiveRating.count({ where: { ratingYearId: y.ratingYear.id, groupId: w.groupB.id } }),
    ).toBe(0);
  });

  it("a blank CĐCS sheet is refused too", async () => {
    const y = await ratingYearWithTemplates(w.unit.id, 3303);
    actAs(w.people.chair.user.id);
    expect(
      await unchanged(() =>
        saveUnitSelfScoreAction({ ratingYearId: y.ratingYear.id, version: 0, scores: blank(y.unit) }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { "scores.0.points": expect.stringContaining("Nhập điểm") } });
  });

  it("a tổ corrects its submitted sheet until the BCH decides its level, and not after", async () => {
    const y = await ratingYearWithTemplates(w.unit.id, 3304);
    actAs(w.people.leaderOtherGroup.user.id);
    const form = { ...groupForm(), ratingYearId: y.ratingYear.id, groupId: w.groupB.id };
    expect(
      await saveGroupSelfScoreAction({ ...form, scores: collectiveScores(y.group, 5), intent: "submit" }),
    ).toMatchObject({ ok: true, data: { version: 1 } });
    const fixed = collectiveScores(y.group, 2);
    expect(
      await saveGroupSelfScoreAction({ ...form, version: 1, scores: fixed, intent: "submit" }),
    ).toMatchObject({
      ok: true,
      data: { version: 2, selfTotal: y.group.reduce((s, c) => s + c.maxPoints - 2, 0) },
    });
    actAs(w.people.bchMember.user.id);
    expect(
      await decideGroupLevelAction({
        ratingYearId: y.ratingYear.id,
        groupId: w.groupB.id,
        version: 2,
        finalLevel: "Hoàn thành tốt nhiệm vụ",
        note: "",
      }),
    ).toMatchObject({ ok: true, data: { version: 3 } });
    actAs(w.people.leaderOtherGroup.user.id);
    expect(
      await unchanged(() =>
        saveGroupSelfScoreAction({
          ...form,
          version: 3,
          scores: collectiveScores(y.group, 0),
          intent: "submit",
        }),
      ),
    ).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringContaining("BCH đã quyết định") });
  });
});

// The cấp trên's thẩm định of a CĐCS's self-rating against real PostgreSQL (decision 0090): scores
// within the submitted maximum, the level by the CĐCS's own thresholds, the lock after kết luận and
// the reopen with a reason, the flow-back into the CĐCS's own rating, another cấp trên's 404, and
// refusals that leave the database unchanged.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { reopenAppraisalAction, saveAppraisalAction } from "@/lib/org/appraisal/actions";
import { saveUnitAppraisalAction } from "@/lib/rating/collectives/actions";
import { getUnitRatingReport } from "@/lib/rating/collectives/queries";
import { acceptedSelfRating } from "./helpers/org-appraisal-fixtures";
import { collectiveScores, ratingYearWithTemplates } from "./helpers/rating-fixtures";
import { actAs } from "./helpers/session";
import { snapshotAll } from "./helpers/unit-snapshot";
import { buildWorld, type World } from "./helpers/world";
import { makeUnit, makeUser } from "../factories/records";

let w: World;
let t: Awaited<ReturnType<typeof ratingYearWithTemplates>>;
const YEAR = 2026;

const unchanged = async (action: () => Promise<unknown>) => {
  const before = await snapshotAll(w.unitIds);
  const audits = await db.auditLog.count();
  const result = await action();
  expect(await snapshotAll(w.unitIds)).toEqual(before);
  expect(await db.auditLog.count()).toBe(audits);
  return result;
};

/** The default scheme of the fixture's year (lib/emulation DEFAULT_LEVELS), written out here. */
const expectedLevel = (total: number) =>
  total >= 90
    ? "Hoàn thành xuất sắc nhiệm vụ"
    : total >= 70
      ? "Hoàn thành tốt nhiệm vụ"
      : total >= 50
        ? "Hoàn thành nhiệm vụ"
        : "Không hoàn thành nhiệm vụ";

/** Another cấp trên, with its chủ tịch, above none of the world's units. */
async function otherUpper() {
  const u = await makeUnit(db, { name: "Công đoàn Viên chức thành phố" });
  await db.unit.update({ where: { id: u.id }, data: { kind: "UPPER" } });
  const user = await makeUser(db, { unitId: u.id, email: `captren2-${u.id}@test.vn`, password: "Test@2026" });
  await db.user.update({ where: { id: user.id }, data: { upperOffice: "CHAIR" } });
  return user;
}

beforeAll(async () => {
  w = await buildWorld();
  t = await ratingYearWithTemplates(w.unit.id, YEAR);
});

describe("a CĐCS whose cấp trên is in the app", () => {
  it("cannot type the cấp trên's thẩm định into its own rating: the cấp trên scores it", async () => {
    actAs(w.people.chair.user.id);
    const review = {
      ratingYearId: t.ratingYear.id,
      version: 0,
      scores: collectiveScores(t.unit, 2),
      finalLevel: "Hoàn thành tốt nhiệm vụ",
      reviewRef: "Số 45/QĐ-CĐGD",
      reviewedOn: "20/01/2027",
    };
    expect(await unchanged(() => saveUnitAppraisalAction(review))).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: expect.stringContaining("cấp trên"),
    });
  });
});

describe("the cấp trên's thẩm định", () => {
  const Y = 2027;
  let s: Awaited<ReturnType<typeof acceptedSelfRating>>;
  const form = (over: Record<string, unknown> = {}) => ({
    unitId: w.unit.id,
    year: Y,
    version: 0,
    scores: s.payload.criteria.map((c, i) => ({
      criterionId: c.criterionId,
      points: i === 0 ? 0 : c.maxScore,
    })),
    note: "Trừ điểm tiêu chí 1: chưa có biên bản sinh hoạt định kỳ.",
    intent: "save",
    ...over,
  });

  it("is refused, with its reason, until the CĐCS's self-rating of the year is accepted", async () => {
    s = await acceptedSelfRating(w, { year: Y, state: "SUBMITTED" });
    actAs(w.upperUser.id);
    expect(await unchanged(() => saveAppraisalAction(form()))).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: expect.stringContaining("được tiếp nhận"),
    });
  });

  it("scores within each criterion's maximum, next to the field; the level by the CĐCS's thresholds", async () => {
    s = await acceptedSelfRating(w, { year: Y });
    actAs(w.upperUser.id);
    const over = form().scores.map((x, i) =>
      i === 1 ? { ...x, points: s.payload.criteria[1].maxScore + 1 } : x,
    );
    expect(await unchanged(() => saveAppraisalAction(form({ scores: over })))).toMatchObject({
      ok: false,
      fieldErrors: { "scores.1.points": expect.stringContaining("điểm chuẩn") },
    });
    const res = await saveAppraisalAction(form());
    const total = s.payload.criteria.slice(1).reduce((sum, c) => sum + c.maxScore, 0);
    expect(res).toMatchObject({
      ok: true,
      data: { version: 1, total, level: expectedLevel(total), state: "DRAFT" },
    });
    // A draft does not reach the CĐCS's own rating.
    expect((await getUnitRatingReport(w.unit.id, Y))?.reviewedLevel ?? null).toBeNull();
  });

  it("a cấp trên of another subtree finds no such unit; the CĐCS's chủ tịch is refused", async () => {
    actAs((await otherUpper()).id);
    expect(await unchanged(() => saveAppraisalAction(form({ version: 1 })))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    actAs(w.people.chair.user.id);
    expect(await unchanged(() => saveAppraisalAction(form({ version: 1 })))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
  });

  it("kết luận writes the result into the CĐCS's rating, locks it, and reopening needs a reason", async () => {
    actAs(w.upperUser.id);
    const scores = s.payload.criteria.map((c, i) => ({
      criterionId: c.criterionId,
      points: c.maxScore - (i % 3),
    }));
    const total = scores.reduce((sum, x) => sum + x.points, 0);
    expect(await saveAppraisalAction(form({ version: 1, scores, intent: "conclude" }))).toMatchObject({
      ok: true,
      data: { version: 2, total, level: expectedLevel(total), state: "CONCLUDED" },
    });
    const report = (await getUnitRatingReport(w.unit.id, Y))!;
    expect(report).toMatchObject({ reviewedTotal: total, reviewedLevel: expectedLevel(total) });
    expect(report.reviewedOn).not.toBeNull();
    const rating = await db.collectiveRating.findFirstOrThrow({
      where: { ratingYearId: s.ratingYear.id, subjectKey: "unit" },
      include: { scores: true },
    });
    expect(Object.fromEntries(rating.scores.map((x) => [x.criterionId, x.reviewedPoints]))).toEqual(
      Object.fromEntries(scores.map((x) => [x.criterionId, x.points])),
    );
    expect(
      await db.auditLog.count({ where: { entityId: rating.id, action: "rating.collective.unit.review" } }),
    ).toBe(1);

    // Locked: neither a new draft nor a second kết luận.
    expect(await unchanged(() => saveAppraisalAction(form({ version: 2 })))).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: expect.stringContaining("mở lại"),
    });
    expect(
      await unchanged(() => reopenAppraisalAction({ unitId: w.unit.id, year: Y, version: 2, reason: "" })),
    ).toMatchObject({ ok: false, fieldErrors: { reason: expect.any(String) } });
    expect(
      await reopenAppraisalAction({ unitId: w.unit.id, year: Y, version: 2, reason: "Chấm nhầm tiêu chí 2" }),
    ).toMatchObject({ ok: true, data: { version: 3 } });
    expect(await db.upperAppraisal.findFirstOrThrow({ where: { unitId: w.unit.id, year: Y } })).toMatchObject(
      {
        state: "DRAFT",
        reopenReason: "Chấm nhầm tiêu chí 2",
        total,
      },
    );
    expect((await getUnitRatingReport(w.unit.id, Y))?.reviewedLevel ?? null).toBeNull();
  });
});

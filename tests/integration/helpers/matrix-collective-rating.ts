// The lib/rating/collectives rows of the action matrix (see action-matrix.ts and matrix-kit.ts).
// Each cell reads the rating's current version in prepare, so an earlier allowed cell of the same
// row does not make a later one stale.
import { db } from "@/lib/db";
import { BCH, NOBODY, row, type MatrixRow } from "./matrix-kit";
import { collectiveScores, ratingYearWithTemplates } from "./rating-fixtures";
import { makeGroup } from "../../factories/records";

const MANAGERS = { ...NOBODY, viceChair: "ok", chair: "ok", chairOfOtherUnit: "NOT_FOUND" } as const;
const DECIDERS = { ...BCH, chairOfOtherUnit: "NOT_FOUND" } as const;
const versionOf = async (ratingYearId: string, subjectKey: string) =>
  (
    await db.collectiveRating.findUnique({
      where: { ratingYearId_subjectKey: { ratingYearId, subjectKey } },
      select: { version: true },
    })
  )?.version ?? 0;

export const COLLECTIVE_RATING_MATRIX: Record<string, MatrixRow> = {
  "rating.collectives.saveCollectiveTemplateAction": row({
    permission: "rating.manage",
    scope: "unit",
    prepare: (w) => ratingYearWithTemplates(w.unit.id),
    input: (f) => ({
      ratingYearId: f.ratingYear.id,
      scope: "GROUP",
      criteria: f.group.map((c) => ({
        id: c.id,
        groupName: c.groupName,
        content: c.content,
        maxPoints: c.maxPoints + 1,
      })),
    }),
    expected: MANAGERS,
  }),
  "rating.collectives.saveGroupSelfScoreAction": row({
    permission: "rating.review.group",
    scope: "own tổ",
    prepare: async (w) => {
      const t = await ratingYearWithTemplates(w.unit.id);
      return { ...t, version: await versionOf(t.ratingYear.id, `g:${w.groupA.id}`) };
    },
    input: (f, w) => ({
      ratingYearId: f.ratingYear.id,
      groupId: w.groupA.id,
      version: f.version,
      scores: collectiveScores(f.group),
      note: "",
      intent: "save",
    }),
    // Only the leader of tổ A; the leader of tổ B (and the chủ tịch, who holds every permission but leads no tổ) does not find tổ A.
    expected: {
      ...NOBODY,
      leaderSameGroup: "ok",
      leaderOtherGroup: "NOT_FOUND",
      chair: "NOT_FOUND",
      chairOfOtherUnit: "NOT_FOUND",
    },
  }),
  "rating.collectives.decideGroupLevelAction": row({
    permission: "rating.decide",
    scope: "unit",
    prepare: async (w) => ({
      ...(await ratingYearWithTemplates(w.unit.id)),
      groupId: (await makeGroup(db, w.unit.id)).id,
    }),
    input: (f) => ({
      ratingYearId: f.ratingYear.id,
      groupId: f.groupId,
      version: 0,
      finalLevel: "Hoàn thành tốt nhiệm vụ",
      note: "",
    }),
    expected: DECIDERS,
  }),
  "rating.collectives.saveUnitSelfScoreAction": row({
    permission: "rating.decide",
    scope: "unit",
    prepare: async (w) => {
      const t = await ratingYearWithTemplates(w.unit.id);
      return { ...t, version: await versionOf(t.ratingYear.id, "unit") };
    },
    input: (f) => ({
      ratingYearId: f.ratingYear.id,
      version: f.version,
      scores: collectiveScores(f.unit, 2),
      note: "",
    }),
    expected: DECIDERS,
  }),
  "rating.collectives.saveUnitAppraisalAction": row({
    permission: "rating.manage",
    scope: "unit",
    prepare: async (w) => {
      // The manual form is for a CĐCS whose cấp trên is not in the app (decision 0090).
      await db.unit.update({ where: { id: w.unit.id }, data: { parentId: null } });
      const t = await ratingYearWithTemplates(w.unit.id);
      return { ...t, version: await versionOf(t.ratingYear.id, "unit") };
    },
    input: (f) => ({
      ratingYearId: f.ratingYear.id,
      version: f.version,
      scores: collectiveScores(f.unit, 3),
      finalLevel: "Hoàn thành tốt nhiệm vụ",
      reviewRef: "Số 12/QĐ-CĐN",
      reviewedOn: "20/12/2026",
    }),
    expected: MANAGERS,
  }),
};

export const COLLECTIVE_RATING_NOT_COVERED: Record<string, string> = {};

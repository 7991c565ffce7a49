import "server-only";
// Shared by the tổ and CĐCS writes: the template's criteria, the scores checked against them
// (each 0..maxPoints, the message next to the field), and the rating row with its version.
import type { Tx } from "@/lib/db";
import { conflict, invalid } from "@/lib/errors";
import { overMax } from "./schema";

export const STALE = "Kết quả xếp loại vừa được người khác thay đổi. Vui lòng tải lại trang.";
export const subjectKeyOf = (groupId: string | null) => (groupId ? `g:${groupId}` : "unit");

/** The CĐCS's own rating row of a year. */
export const UNIT_KEY = (ratingYearId: string) => ({ ratingYearId, scope: "UNIT" as const, groupId: null });

export async function criteriaOf(tx: Tx, ratingYearId: string, scope: "GROUP" | "UNIT") {
  return tx.ratingCriterion.findMany({
    where: { ratingYearId, scope },
    orderBy: { position: "asc" },
    select: { id: true, maxPoints: true },
  });
}

/** Every criterion of the template scored once, within its maximum; the total. */
export function checkScores(
  criteria: { id: string; maxPoints: number }[],
  scores: { criterionId: string; points: number }[],
) {
  const errors: Record<string, string> = {};
  const byId = new Map(criteria.map((c) => [c.id, c.maxPoints]));
  const seen = new Set<string>();
  scores.forEach((s, i) => {
    const max = byId.get(s.criterionId);
    if (max === undefined || seen.has(s.criterionId))
      errors[`scores.${i}.points`] = "Tiêu chí không có trong mẫu của năm. Vui lòng tải lại trang.";
    else if (s.points > max) errors[`scores.${i}.points`] = overMax(max);
    seen.add(s.criterionId);
  });
  if (!Object.keys(errors).length && seen.size !== criteria.length)
    errors._form = "Mẫu tiêu chí vừa thay đổi. Vui lòng tải lại trang.";
  if (Object.keys(errors).length) throw invalid(errors);
  return scores.reduce((sum, s) => sum + s.points, 0);
}

/** The rating of a subject as the writer read it: refuses a stale version (0 = not yet created). */
export async function ratingAt(tx: Tx, ratingYearId: string, subjectKey: string, version: number) {
  const found = await tx.collectiveRating.findUnique({
    where: { ratingYearId_subjectKey: { ratingYearId, subjectKey } },
  });
  if ((found?.version ?? 0) !== version) throw conflict(STALE);
  return found;
}

type RatingData = Parameters<Tx["collectiveRating"]["create"]>[0]["data"];

/** Creates the rating or updates it at the version read, bumping the version. */
export async function writeRating(
  tx: Tx,
  found: { id: string; version: number } | null,
  key: { ratingYearId: string; scope: "GROUP" | "UNIT"; groupId: string | null },
  data: Omit<Partial<RatingData>, "ratingYear" | "group" | "scores">,
) {
  if (found)
    return tx.collectiveRating.update({
      where: { id: found.id, version: found.version },
      data: { ...data, version: { increment: 1 } },
    });
  return tx.collectiveRating.create({
    data: {
      ...data,
      ratingYearId: key.ratingYearId,
      scope: key.scope,
      groupId: key.groupId,
      subjectKey: subjectKeyOf(key.groupId),
      version: 1,
    },
  });
}

/** Self (or reviewed) points per criterion, one upsert each (a template holds a few dozen at most). */
export async function writeScores(
  tx: Tx,
  ratingId: string,
  scores: { criterionId: string; points: number }[],
  column: "selfPoints" | "reviewedPoints",
) {
  for (const s of scores) {
    await tx.collectiveScore.upsert({
      where: { ratingId_criterionId: { ratingId, criterionId: s.criterionId } },
      create: {
        ratingId,
        criterionId: s.criterionId,
        selfPoints: column === "selfPoints" ? s.points : 0,
        reviewedPoints: column === "reviewedPoints" ? s.points : null,
      },
      update: { [column]: s.points },
    });
  }
}

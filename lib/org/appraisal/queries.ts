import "server-only";
// What /org/[unitId]/appraisal reads (decision 0090): the unit (of the actor's subtree, else null),
// its accepted self-rating as submitted, the thẩm định so far, and the CĐCS's level thresholds.
// Nothing else of the CĐCS.
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { findRatingYear } from "@/lib/rating/year";
import { acceptedSelfRating, subtreeUnit } from "../submitted";
import { subtreeCte } from "../tree";

export type AppraisalScore = { criterionId: string; points: number };

export async function getAppraisalPage(actor: Actor, unitId: string, year: number) {
  const unit = await subtreeUnit(db, actor, unitId).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") return null;
    throw e;
  });
  if (!unit) return null;
  const [submission, appraisal, ry] = await Promise.all([
    acceptedSelfRating(db, unit.id, year),
    db.upperAppraisal.findUnique({ where: { unitId_year: { unitId: unit.id, year } } }),
    findRatingYear(unit.id, year),
  ]);
  return {
    unit,
    year,
    submission,
    appraisal: appraisal && {
      id: appraisal.id,
      version: appraisal.version,
      state: appraisal.state,
      scores: appraisal.scores as AppraisalScore[],
      total: appraisal.total,
      level: appraisal.level,
      note: appraisal.note,
      concludedAt: appraisal.concludedAt,
      reopenReason: appraisal.reopenReason,
      /** Scored against an earlier accepted version than the one now accepted. */
      outdated: submission ? appraisal.submissionId !== submission.id : false,
    },
    levels: (ry?.levels ?? []).map((l) => ({ name: l.name, minPoints: l.minPoints })),
  };
}
export type AppraisalPage = NonNullable<Awaited<ReturnType<typeof getAppraisalPage>>>;

/** The CĐCS's cấp trên when it is in the app (its thẩm định then comes from there), else null. */
export async function upperInApp(unitId: string) {
  const u = await db.unit.findUnique({
    where: { id: unitId },
    select: { parent: { select: { name: true } } },
  });
  return u?.parent ?? null;
}

export type AppraisalListRow = {
  unitId: string;
  unitName: string;
  selfTotal: number | null;
  selfLevel: string | null;
  state: "DRAFT" | "CONCLUDED" | null;
  total: number | null;
  level: string | null;
};

/** The CĐCS of the subtree whose self-rating of the year was accepted, with the thẩm định so far. */
export async function appraisalList(actor: Actor, year: number) {
  return db.$queryRaw<AppraisalListRow[]>(Prisma.sql`${subtreeCte(actor.unitId)}
    SELECT u.id AS "unitId", u.name AS "unitName",
           (x.payload->>'selfTotal')::int AS "selfTotal", x.payload->>'selfLevel' AS "selfLevel",
           a.state::text AS state, a.total, a.level
      FROM subtree s JOIN "Unit" u ON u.id = s.id
      JOIN LATERAL (SELECT payload FROM "Submission"
                     WHERE "unitId" = u.id AND year = ${year} AND kind = 'SELF_RATING' AND state = 'ACCEPTED'
                     ORDER BY version DESC LIMIT 1) x ON true
      LEFT JOIN "UpperAppraisal" a ON a."unitId" = u.id AND a.year = ${year}
     ORDER BY u.name, u.id`);
}

import "server-only";
// The CĐCS's own rating, the BCH's self-score against the UNIT template (Hướng dẫn 1294); the
// cấp trên's thẩm định is save-unit-appraisal.ts.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { levelFor } from "@/lib/emulation/levels";
import { lockOpenYear } from "@/lib/rating/year";
import type { z } from "@/lib/validation";
import type { unitSelfScoreSchema } from "./schema";
import { checkScores, criteriaOf, ratingAt, UNIT_KEY, writeRating, writeScores } from "./scores";

export async function saveUnitSelfScore(actor: Actor, v: z.output<typeof unitSelfScoreSchema>) {
  return db.$transaction(async (tx) => {
    const r = await lockOpenYear(tx, actor.unitId, v.ratingYearId);
    const total = checkScores(await criteriaOf(tx, r.id, "UNIT"), v.scores);
    const found = await ratingAt(tx, r.id, "unit", v.version);
    const selfLevel = levelFor(total, r.levels);
    const saved = await writeRating(tx, found, UNIT_KEY(r.id), {
      selfTotal: total,
      selfLevel,
      note: v.note || null,
      selfSubmittedAt: new Date(),
    });
    await writeScores(tx, saved.id, v.scores, "selfPoints");
    await writeAudit(tx, actor, {
      action: "rating.collective.unit.self",
      entityType: "CollectiveRating",
      entityId: saved.id,
      before: found ? { selfTotal: found.selfTotal, selfLevel: found.selfLevel } : null,
      after: { selfTotal: total, selfLevel, scores: v.scores, note: v.note || null },
    });
    return { id: saved.id, version: saved.version, selfTotal: total, selfLevel };
  });
}

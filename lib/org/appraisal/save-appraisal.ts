import "server-only";
// The cấp trên's thẩm định of a CĐCS (decision 0090): its points per criterion of the accepted
// self-rating, the level by the CĐCS's own thresholds, a note. "Lưu" keeps a draft; "Kết luận"
// decides the level, locks the thẩm định and writes it into the CĐCS's own rating (flow-back.ts),
// all in one transaction. Refused for a unit outside the subtree (NOT_FOUND), without an accepted
// self-rating, after a kết luận (reopen first) and at a stale version.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { requireAcceptedSelfRating, subtreeUnit } from "../submitted";
import { writeAppraisalBack } from "./flow-back";
import { CONCLUDED, levelOf, scoreAgainst, STALE, unitRatingYear } from "./rules";
import type { appraisalSchema } from "./schema";

export async function saveAppraisal(actor: Actor, v: z.output<typeof appraisalSchema>) {
  return db.$transaction(async (tx) => {
    const unit = await subtreeUnit(tx, actor, v.unitId);
    const submission = await requireAcceptedSelfRating(tx, unit.id, v.year);
    const [found] = await tx.$queryRaw<{ id: string; version: number; state: string }[]>`
      SELECT id, version, state::text AS state FROM "UpperAppraisal"
       WHERE "unitId" = ${unit.id} AND year = ${v.year} FOR UPDATE`;
    if ((found?.version ?? 0) !== v.version) throw conflict(STALE);
    if (found?.state === "CONCLUDED") throw conflict(CONCLUDED);
    const total = scoreAgainst(submission.payload, v.scores);
    const ry = await unitRatingYear(tx, unit.id, v.year);
    const level = levelOf(total, ry.levels);
    const conclude = v.intent === "conclude";
    const order = new Map(submission.payload.criteria.map((c, i) => [c.criterionId, i]));
    const scores = [...v.scores].sort((a, b) => order.get(a.criterionId)! - order.get(b.criterionId)!);
    const data = {
      submissionId: submission.id,
      scores,
      total,
      level,
      note: v.note || null,
      state: conclude ? ("CONCLUDED" as const) : ("DRAFT" as const),
      concludedAt: conclude ? clock.now() : null,
      concludedById: conclude ? actor.userId : null,
      savedById: actor.userId,
    };
    const saved = found
      ? await tx.upperAppraisal.update({
          where: { id: found.id, version: found.version },
          data: { ...data, version: { increment: 1 } },
        })
      : await tx.upperAppraisal.create({
          data: { ...data, upperUnitId: actor.unitId, unitId: unit.id, year: v.year },
        });
    if (conclude)
      await writeAppraisalBack(tx, actor, ry, {
        total,
        level,
        note: data.note,
        scores,
        on: clock.today(),
      });
    await writeAudit(tx, actor, {
      action: conclude ? "org.appraisal.conclude" : "org.appraisal.save",
      entityType: "UpperAppraisal",
      entityId: saved.id,
      before: found ? { version: found.version, state: found.state } : null,
      after: {
        unitId: unit.id,
        year: v.year,
        submissionId: submission.id,
        total,
        level,
        scores,
        note: data.note,
      },
    });
    return { id: saved.id, version: saved.version, total, level, state: saved.state };
  });
}

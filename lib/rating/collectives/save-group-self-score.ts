import "server-only";
// A tổ's rating, the tổ trưởng's part: self-scores the tổ against the GROUP template, saved or
// submitted. Locks the rating year first and audits the change; the BCH decides in decide-group-level.ts.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { levelFor } from "@/lib/emulation/levels";
import { conflict, notFound } from "@/lib/errors";
import { lockOpenYear } from "@/lib/rating/year";
import type { z } from "@/lib/validation";
import type { groupSelfScoreSchema } from "./schema";
import { checkScores, criteriaOf, ratingAt, subjectKeyOf, writeRating, writeScores } from "./scores";

export const DECIDED = "BCH đã quyết định mức xếp loại của tổ, nên không sửa được phần tổ tự chấm.";

export async function saveGroupSelfScore(actor: Actor, v: z.output<typeof groupSelfScoreSchema>) {
  // Another tổ behaves as not found, whatever the id.
  if (!actor.ledGroupIds.includes(v.groupId)) throw notFound();
  return db.$transaction(async (tx) => {
    const r = await lockOpenYear(tx, actor.unitId, v.ratingYearId);
    const group = await tx.group.findFirst({
      where: { id: v.groupId, unitId: actor.unitId },
      select: { id: true },
    });
    if (!group) throw notFound();
    const total = checkScores(await criteriaOf(tx, r.id, "GROUP"), v.scores);
    const found = await ratingAt(tx, r.id, subjectKeyOf(group.id), v.version);
    if (found?.finalLevel) throw conflict(DECIDED);
    const selfLevel = levelFor(total, r.levels);
    const submittedAt = v.intent === "submit" ? new Date() : (found?.selfSubmittedAt ?? null);
    const saved = await writeRating(
      tx,
      found,
      { ratingYearId: r.id, scope: "GROUP", groupId: group.id },
      { selfTotal: total, selfLevel, note: v.note || null, selfSubmittedAt: submittedAt },
    );
    await writeScores(tx, saved.id, v.scores, "selfPoints");
    await writeAudit(tx, actor, {
      action: v.intent === "submit" ? "rating.collective.group.submit" : "rating.collective.group.save",
      entityType: "CollectiveRating",
      entityId: saved.id,
      before: found
        ? { selfTotal: found.selfTotal, selfLevel: found.selfLevel, submitted: !!found.selfSubmittedAt }
        : null,
      after: {
        groupId: group.id,
        selfTotal: total,
        selfLevel,
        submitted: !!submittedAt,
        scores: v.scores,
        note: v.note || null,
      },
    });
    return { id: saved.id, version: saved.version, selfTotal: total, selfLevel };
  });
}

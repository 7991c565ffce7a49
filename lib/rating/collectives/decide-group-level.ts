import "server-only";
// A tổ's rating, the BCH's part: the tổ's final level, whatever the tổ self-scored.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { invalid, notFound } from "@/lib/errors";
import { levelNames, lockOpenYear } from "@/lib/rating/year";
import type { z } from "@/lib/validation";
import type { groupDecisionSchema } from "./schema";
import { ratingAt, subjectKeyOf, writeRating } from "./scores";

export async function decideGroupLevel(actor: Actor, v: z.output<typeof groupDecisionSchema>) {
  return db.$transaction(async (tx) => {
    const r = await lockOpenYear(tx, actor.unitId, v.ratingYearId);
    const group = await tx.group.findFirst({
      where: { id: v.groupId, unitId: actor.unitId },
      select: { id: true },
    });
    if (!group) throw notFound();
    if (!levelNames(r).includes(v.finalLevel))
      throw invalid({ finalLevel: "Mức xếp loại không có trong thang của năm." });
    const found = await ratingAt(tx, r.id, subjectKeyOf(group.id), v.version);
    const saved = await writeRating(
      tx,
      found,
      { ratingYearId: r.id, scope: "GROUP", groupId: group.id },
      {
        finalLevel: v.finalLevel,
        reviewNote: v.note || null,
        decidedById: actor.userId,
        decidedAt: new Date(),
      },
    );
    await writeAudit(tx, actor, {
      action: "rating.collective.group.decide",
      entityType: "CollectiveRating",
      entityId: saved.id,
      before: found ? { finalLevel: found.finalLevel, reviewNote: found.reviewNote } : null,
      after: { groupId: group.id, finalLevel: v.finalLevel, reviewNote: v.note || null },
    });
    return { id: saved.id, version: saved.version, finalLevel: v.finalLevel };
  });
}

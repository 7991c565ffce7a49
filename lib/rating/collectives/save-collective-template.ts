import "server-only";
// The tổ (GROUP) and CĐCS (UNIT) templates of the year: editable until a score of that scope
// exists, then locked so every subject is scored on the same scale.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { lockOpenYear } from "@/lib/rating/year";
import type { z } from "@/lib/validation";
import type { collectiveTemplateSchema } from "./schema";

export const templateLockedMessage = (scope: "GROUP" | "UNIT") =>
  `Đã có điểm chấm theo mẫu tiêu chí ${scope === "GROUP" ? "tổ công đoàn" : "CĐCS"}, nên mẫu đã khóa để mọi bên cùng một thang điểm.`;

export async function saveCollectiveTemplate(actor: Actor, v: z.output<typeof collectiveTemplateSchema>) {
  return db.$transaction(async (tx) => {
    const r = await lockOpenYear(tx, actor.unitId, v.ratingYearId);
    const scored = await tx.collectiveScore.count({
      where: { criterion: { ratingYearId: r.id, scope: v.scope } },
    });
    if (scored > 0) throw conflict(templateLockedMessage(v.scope));
    const existing = await tx.ratingCriterion.findMany({
      where: { ratingYearId: r.id, scope: v.scope },
      orderBy: { position: "asc" },
      select: { id: true, groupName: true, content: true, maxPoints: true },
    });
    const known = new Set(existing.map((c) => c.id));
    const kept = new Set(v.criteria.filter((c) => c.id && known.has(c.id)).map((c) => c.id));
    await tx.ratingCriterion.deleteMany({
      where: { ratingYearId: r.id, scope: v.scope, id: { notIn: [...kept] } },
    });
    for (const [i, c] of v.criteria.entries()) {
      const data = { position: i + 1, groupName: c.groupName, content: c.content, maxPoints: c.maxPoints };
      if (kept.has(c.id)) await tx.ratingCriterion.update({ where: { id: c.id }, data });
      else await tx.ratingCriterion.create({ data: { ...data, ratingYearId: r.id, scope: v.scope } });
    }
    const total = v.criteria.reduce((s, c) => s + c.maxPoints, 0);
    await writeAudit(tx, actor, {
      action: "rating.collective.template",
      entityType: "RatingYear",
      entityId: r.id,
      before: { scope: v.scope, criteria: existing.map(({ id: _id, ...c }) => c) },
      after: { scope: v.scope, total, criteria: v.criteria.map(({ id: _id, ...c }) => c) },
    });
    return { total, count: v.criteria.length };
  });
}

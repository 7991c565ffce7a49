import "server-only";
// Publish the finalised year's results (once).
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { cycleYearLabel } from "@/lib/settings/cycle";
// It acts on a finalised year: it takes the row lock without the "open" check.
import { lockYear } from "../year";

export async function publishRatingYear(actor: Actor, v: { ratingYearId: string }) {
  return db.$transaction(async (tx) => {
    const r = await lockYear(tx, actor.unitId, v.ratingYearId);
    if (r.status !== "FINALISED") throw conflict("Chỉ công bố được kết quả đã chốt. Hãy chốt kết quả trước.");
    if (r.publishedAt) throw conflict(`Kết quả ${cycleYearLabel(r.year, r.cycle)} đã được công bố.`);
    const now = new Date();
    await tx.ratingYear.update({
      where: { id: r.id },
      data: { publishedAt: now, publishedById: actor.userId, version: { increment: 1 } },
    });
    await writeAudit(tx, actor, {
      action: "rating.year.publish",
      entityType: "RatingYear",
      entityId: r.id,
      after: { year: r.year, publishedAt: now, publishList: r.publishList },
    });
    return { year: r.year };
  });
}

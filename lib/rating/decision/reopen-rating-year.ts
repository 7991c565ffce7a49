import "server-only";
// Reopen a finalised year: back to OPEN, unpublished, every member rating's finalisedAt cleared, in one
// transaction. A published year is un-published only when the chủ tịch confirms it (members lose sight
// of their results until the year is published again).
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, invalid } from "@/lib/errors";
import { cycleYearLabel } from "@/lib/settings/cycle";
import type { z } from "@/lib/validation";
// It acts on a finalised year: it takes the row lock without the "open" check.
import { lockYear } from "../year";
import { UNPUBLISH_REQUIRED, type reopenSchema } from "./schema";

export async function reopenRatingYear(actor: Actor, v: z.output<typeof reopenSchema>) {
  return db.$transaction(
    async (tx) => {
      const r = await lockYear(tx, actor.unitId, v.ratingYearId);
      if (r.status !== "FINALISED")
        throw conflict(`Kết quả ${cycleYearLabel(r.year, r.cycle)} chưa chốt nên không cần mở lại.`);
      if (r.publishedAt && !v.confirmUnpublish) throw invalid({ confirmUnpublish: UNPUBLISH_REQUIRED });
      const now = new Date();
      await tx.ratingYear.update({
        where: { id: r.id },
        data: {
          status: "OPEN",
          finalisedAt: null,
          finalisedById: null,
          publishedAt: null,
          publishedById: null,
          reopenedAt: now,
          reopenedById: actor.userId,
          reopenReason: v.reason,
          finaliseOverrideReason: null,
          finaliseOverrideItems: [],
          version: { increment: 1 },
        },
      });
      const cleared =
        await tx.$executeRaw`UPDATE "MemberRating" SET "finalisedAt" = NULL, "updatedAt" = ${now} WHERE "ratingYearId" = ${r.id}`;
      await writeAudit(tx, actor, {
        action: "rating.year.reopen",
        entityType: "RatingYear",
        entityId: r.id,
        before: { status: "FINALISED", finalisedAt: r.finalisedAt, publishedAt: r.publishedAt },
        after: { status: "OPEN", reason: v.reason, cleared, unpublished: !!r.publishedAt },
      });
      return { year: r.year };
    },
    { timeout: 120_000 },
  );
}

import "server-only";
// Finalise (lock) the year. Finalising changes the status and stamps every member rating in ONE
// transaction, so a crash leaves all of it or none of it. The checklist (checklist.ts) refuses it
// while something is missing, unless the BCH writes why it finalises anyway (stored, audited, printed).
// Finalising never publishes: publishing stays its own step.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { lockOpenYear } from "../year";
import { finaliseChecklist, missingText } from "./checklist";
import type { finaliseSchema } from "./schema";

export async function finaliseRatingYear(actor: Actor, v: z.output<typeof finaliseSchema>) {
  const overrideReason = v.overrideReason.trim();
  return db.$transaction(
    async (tx) => {
      const r = await lockOpenYear(tx, actor.unitId, v.ratingYearId);
      const { blockers, missing } = await finaliseChecklist(tx, r);
      if (blockers.length)
        throw conflict(
          `Chưa chốt được: ${blockers.join(" ")}${missing.length ? ` Còn thiếu: ${missingText(missing)}.` : ""}`,
        );
      if (missing.length && !overrideReason)
        throw conflict(
          `Chưa chốt được, còn thiếu: ${missingText(missing)}. Bổ sung, hoặc ghi lý do để chốt dù còn thiếu.`,
        );
      const override = missing.length ? { reason: overrideReason, items: missing } : null;
      const now = new Date();
      await tx.ratingYear.update({
        where: { id: r.id },
        data: {
          status: "FINALISED",
          finalisedAt: now,
          finalisedById: actor.userId,
          finaliseOverrideReason: override?.reason ?? null,
          finaliseOverrideItems: override?.items ?? [],
          version: { increment: 1 },
        },
      });
      const stamped =
        await tx.$executeRaw`UPDATE "MemberRating" SET "finalisedAt" = ${now}, "updatedAt" = ${now} WHERE "ratingYearId" = ${r.id}`;
      await writeAudit(tx, actor, {
        action: "rating.year.finalise",
        entityType: "RatingYear",
        entityId: r.id,
        before: { status: "OPEN" },
        after: {
          status: "FINALISED",
          year: r.year,
          stamped,
          published: !!r.publishedAt,
          ...(override ? { overrideReason: override.reason, missing: override.items } : {}),
        },
      });
      return { year: r.year, stamped, overridden: !!override };
    },
    { timeout: 120_000 },
  );
}

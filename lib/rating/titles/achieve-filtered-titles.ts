import "server-only";
// Bình xét thi đua: "Đạt" for every candidate of the filter that has no result yet. Runs after
// lockOpenYear (a finalised year refuses it) and audits every row.
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { lockOpenYear } from "@/lib/rating/year";
import type { z } from "@/lib/validation";
import { candidatesFrom } from "./candidates-sql";
import type { achieveFilteredSchema } from "./schema";

/** "Đạt" for every candidate of the filter that has no result yet: one insert, one audit row each. */
export async function achieveFilteredTitles(actor: Actor, v: z.output<typeof achieveFilteredSchema>) {
  return db.$transaction(
    async (tx) => {
      const r = await lockOpenYear(tx, actor.unitId, v.ratingYearId);
      const from = candidatesFrom(r.unitId, r.id, r.emulationYearId, {
        titleId: v.titleId,
        groupId: v.groupId,
        q: v.q,
        result: "none",
      });
      const open = await tx.$queryRaw<
        { registrationId: string; titleId: string }[]
      >`SELECT r.id AS "registrationId", tt."titleId" ${from}`;
      if (!open.length) throw conflict("Không còn danh hiệu nào chưa bình xét trong bộ lọc này.");
      const now = new Date();
      const created = await tx.titleAward.createManyAndReturn({
        data: open.map((o) => ({
          ratingYearId: r.id,
          registrationId: o.registrationId,
          titleId: o.titleId,
          result: "ACHIEVED" as const,
          decidedById: actor.userId,
          decidedAt: now,
        })),
        select: { id: true, registrationId: true, titleId: true },
      });
      await tx.auditLog.createMany({
        data: created.map((c) => ({
          actorUserId: actor.userId,
          action: "rating.title.achieve-all",
          entityType: "TitleAward",
          entityId: c.id,
          after: { registrationId: c.registrationId, titleId: c.titleId, result: "ACHIEVED" },
        })),
      });
      return { count: created.length };
    },
    { timeout: 60_000 },
  );
}

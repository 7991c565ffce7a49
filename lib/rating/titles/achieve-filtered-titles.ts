import "server-only";
// Bình xét thi đua: "Đạt" for every eligible candidate of the filter that has no result yet (the
// rule of CANDIDATE_BAR: level, exclusions, women only, rated tổ); the others are skipped and
// listed with their reason. Runs after lockOpenYear (a finalised year refuses it), audits every row.
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { lockOpenYear } from "@/lib/rating/year";
import type { z } from "@/lib/validation";
import { CANDIDATE_BAR, candidatesFrom } from "./candidates-sql";
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
      const rows = await tx.$queryRaw<
        {
          registrationId: string;
          titleId: string;
          subjectName: string;
          titleName: string;
          bar: string | null;
        }[]
      >`SELECT r.id AS "registrationId", tt."titleId", COALESCE(m."fullName", g.name, '') AS "subjectName",
          t.name AS "titleName", ${CANDIDATE_BAR} AS bar ${from}
        ORDER BY t."sortOrder", t.name, g.name NULLS FIRST, m."sortName" NULLS FIRST, r.id`;
      if (!rows.length) throw conflict("Không còn danh hiệu nào chưa bình xét trong bộ lọc này.");
      const open = rows.filter((x) => !x.bar);
      const skipped = rows
        .filter((x) => x.bar)
        .map((x) => ({ subjectName: x.subjectName, titleName: x.titleName, reason: x.bar! }));
      if (!open.length)
        throw conflict(
          `Không có danh hiệu nào đủ điều kiện để ghi Đạt (${skipped.length} chưa đủ điều kiện: ${skipped
            .slice(0, 3)
            .map((x) => `${x.subjectName} – ${x.reason}`)
            .join("; ")}${skipped.length > 3 ? "; …" : ""}).`,
        );
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
      return { count: created.length, skipped };
    },
    { timeout: 60_000 },
  );
}

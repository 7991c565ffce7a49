import "server-only";
// "Chấp nhận đề xuất của tổ": the tổ's submitted proposals become the final level of every
// undecided member of one tổ (or of all), in one statement, judged as a whole against the quota.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { unitLevelCounts } from "../counts";
import { quotaUsage } from "../quota";
import { basisLabel } from "../quota-text";
import { levelOverCapSql } from "../refresh";
import { levelNames, lockOpenYear } from "../year";

export async function acceptGroupProposals(actor: Actor, v: { ratingYearId: string; groupId: string }) {
  if (v.groupId) {
    const g = await db.group.findFirst({
      where: { id: v.groupId, unitId: actor.unitId },
      select: { id: true },
    });
    if (!g) throw notFound();
  }
  return db.$transaction(
    async (tx) => {
      const r = await lockOpenYear(tx, actor.unitId, v.ratingYearId);
      const names = levelNames(r);
      // Only proposals the tổ has sent (its review SUBMITTED), on rated members still undecided.
      const where = Prisma.sql`mr."ratingYearId" = ${r.id} AND mr."finalLevel" IS NULL AND mr."excludedReason" IS NULL
      AND mr."proposedLevel" IN (${Prisma.join(names)})
      AND NOT ${levelOverCapSql(r.exclusion, names, Prisma.sql`mr."proposedLevel"`)}
      AND EXISTS (SELECT 1 FROM "GroupReview" gr WHERE gr."ratingYearId" = mr."ratingYearId" AND gr."groupId" = mr."groupId" AND gr.state = 'SUBMITTED')
      ${v.groupId ? Prisma.sql`AND mr."groupId" = ${v.groupId}` : Prisma.empty}`;
      const adds = await tx.$queryRaw<{ level: string; n: number }[]>`
      SELECT mr."proposedLevel" AS level, count(*)::int AS n FROM "MemberRating" mr WHERE ${where} GROUP BY 1`;
      const added = adds.reduce((s, a) => s + a.n, 0);
      if (!added) throw conflict("Không có đề xuất nào của tổ (đã gửi) đang chờ quyết định.");
      const counts = await unitLevelCounts(tx, r.id);
      const next = { ...counts };
      for (const a of adds) next[a.level] = (next[a.level] ?? 0) + a.n;
      const before = quotaUsage(counts, r.levels, r.quota);
      const after = quotaUsage(next, r.levels, r.quota);
      if (r.quota.mode !== "OFF" && after.over > 0 && after.over > before.over) {
        const rule = `“${r.levels[0].name}” sẽ là ${after.top} người, tối đa ${after.allowed} (${r.quota.percent} % của ${basisLabel(r)})`;
        throw conflict(
          r.quota.mode === "BLOCK"
            ? `Không chấp nhận được: vượt tỉ lệ (${rule}). Hãy quyết định riêng từng đoàn viên.`
            : `Chấp nhận cả tổ sẽ vượt tỉ lệ (${rule}) và cần giải trình: hãy quyết định riêng những đoàn viên đó, kèm giải trình.`,
        );
      }
      const changed = await tx.$executeRaw`
      UPDATE "MemberRating" mr SET "finalLevel" = mr."proposedLevel", "decidedAt" = now(), "decidedById" = ${actor.userId},
        version = mr.version + 1, "updatedAt" = now()
      WHERE ${where}`;
      await writeAudit(tx, actor, {
        action: "rating.member.accept-proposals",
        entityType: "RatingYear",
        entityId: r.id,
        after: {
          year: r.year,
          groupId: v.groupId || "all",
          count: changed,
          byLevel: Object.fromEntries(adds.map((a) => [a.level, a.n])),
        },
      });
      return { count: changed };
    },
    { timeout: 60_000 },
  );
}

import "server-only";
// Finalise (lock) the year. Finalising changes the status and stamps every member rating in ONE
// transaction, so a crash leaves all of it or none of it.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db, type Tx } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { unitLevelCounts } from "../counts";
import { quotaUsage } from "../quota";
import { levelNames, lockOpenYear } from "../year";

/** Why the year cannot be finalised yet; empty when it can. */
export async function finaliseBlockers(
  tx: Tx | typeof db,
  r: Awaited<ReturnType<typeof lockOpenYear>>,
): Promise<string[]> {
  const out: string[] = [];
  if (!r.decisionMeetingId || !r.decisionRef || !r.decidedOn)
    out.push("Chưa ghi cuộc họp Ban Chấp hành và số nghị quyết / quyết định.");
  const [t] = await tx.$queryRaw<{ undecided: number; strange: number }[]>`
    SELECT count(*) FILTER (WHERE "finalLevel" IS NULL)::int AS undecided,
           count(*) FILTER (WHERE "finalLevel" IS NOT NULL AND "finalLevel" NOT IN (${Prisma.join(levelNames(r))}))::int AS strange
    FROM "MemberRating" WHERE "ratingYearId" = ${r.id} AND "excludedReason" IS NULL`;
  if (t.undecided)
    out.push(`Còn ${t.undecided.toLocaleString("vi-VN")} đoàn viên chưa có mức xếp loại cuối cùng.`);
  if (t.strange) out.push(`${t.strange} đoàn viên có mức không còn trong thang xếp loại của năm.`);
  const usage = quotaUsage(await unitLevelCounts(tx, r.id), r.levels, r.quota);
  if (usage.over > 0 && r.quota.mode === "BLOCK")
    out.push(`Vượt tỉ lệ ${usage.over} người ở mức “${r.levels[0].name}” (chế độ chặn).`);
  if (usage.over > 0 && r.quota.mode === "WARN") {
    const justified = await tx.memberRating.count({
      where: {
        ratingYearId: r.id,
        excludedReason: null,
        finalLevel: r.levels[0].name,
        exceptionReason: { not: null },
      },
    });
    if (justified < usage.over)
      out.push(
        `Vượt tỉ lệ ${usage.over} người ở mức “${r.levels[0].name}” nhưng mới có ${justified} giải trình ngoại lệ.`,
      );
  }
  return out;
}

export async function finaliseRatingYear(actor: Actor, v: { ratingYearId: string }) {
  return db.$transaction(
    async (tx) => {
      const r = await lockOpenYear(tx, actor.unitId, v.ratingYearId);
      const blockers = await finaliseBlockers(tx, r);
      if (blockers.length) throw conflict(`Chưa chốt được: ${blockers.join(" ")}`);
      const now = new Date();
      await tx.ratingYear.update({
        where: { id: r.id },
        data: {
          status: "FINALISED",
          finalisedAt: now,
          finalisedById: actor.userId,
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
        after: { status: "FINALISED", year: r.year, stamped },
      });
      return { year: r.year, stamped };
    },
    { timeout: 120_000 },
  );
}

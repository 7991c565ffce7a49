import "server-only";
// The tổ list of the review: each tổ's state and counts. Server-side paging and a name search,
// because a unit has up to 1,000 tổ; the counts are one grouped query over the page's tổ.
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RatingYearContext } from "@/lib/rating/year";
import { reviewGroupScope } from "./scope";

export const GROUP_PAGE_SIZE = 30;

export type GroupCounts = { members: number; excluded: number; proposed: number };

/** members / excluded / proposals made (among those rated), per tổ, for the given tổ. */
export async function countsByGroup(ratingYearId: string, groupIds: string[]) {
  const out = new Map<string, GroupCounts>();
  if (!groupIds.length) return out;
  const rows = await db.$queryRaw<{ groupId: string; members: number; excluded: number; proposed: number }[]>`
    SELECT "groupId",
           count(*)::int AS members,
           count(*) FILTER (WHERE "excludedReason" IS NOT NULL)::int AS excluded,
           count(*) FILTER (WHERE "excludedReason" IS NULL AND "proposedLevel" IS NOT NULL)::int AS proposed
    FROM "MemberRating"
    WHERE "ratingYearId" = ${ratingYearId} AND "groupId" = ANY(${groupIds}::text[])
    GROUP BY "groupId"`;
  for (const r of rows)
    out.set(r.groupId, { members: r.members, excluded: r.excluded, proposed: r.proposed });
  return out;
}

export async function listGroupReviews(
  actor: Actor,
  r: Pick<RatingYearContext, "id">,
  p: { q: string; page: number; pending?: "1" },
) {
  const where: Prisma.GroupWhereInput = {
    AND: [
      reviewGroupScope(actor),
      p.pending ? { groupReviews: { none: { ratingYearId: r.id, state: "SUBMITTED" } } } : {},
      // Archived tổ stay listed while they still hold ratings of the year.
      { OR: [{ archivedAt: null }, { memberRatings: { some: { ratingYearId: r.id } } }] },
      p.q ? { name: { contains: p.q, mode: "insensitive" } } : {},
    ],
  };
  const total = await db.group.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / GROUP_PAGE_SIZE));
  const page = Math.min(p.page, pageCount);
  const groups = await db.group.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (page - 1) * GROUP_PAGE_SIZE,
    take: GROUP_PAGE_SIZE,
    select: { id: true, name: true },
  });
  const ids = groups.map((g) => g.id);
  const [counts, reviews] = await Promise.all([
    countsByGroup(r.id, ids),
    db.groupReview.findMany({
      where: { ratingYearId: r.id, groupId: { in: ids } },
      select: { groupId: true, state: true, submittedAt: true, meeting: { select: { startsAt: true } } },
    }),
  ]);
  const reviewOf = new Map(reviews.map((x) => [x.groupId, x]));
  const rows = groups.map((g) => ({
    ...g,
    counts: counts.get(g.id) ?? { members: 0, excluded: 0, proposed: 0 },
    review: reviewOf.get(g.id) ?? null,
  }));
  return { rows, total, page, pageCount };
}
export type GroupReviewListRow = Awaited<ReturnType<typeof listGroupReviews>>["rows"][number];

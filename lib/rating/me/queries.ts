import "server-only";
// What a member sees of the rating: their own level, only for published years (an unpublished
// year is returned without any level field, so nothing can leak into the page), and the unit's
// list only when the year is published with publishList on.
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

export type OwnRating =
  | { year: number; published: false }
  | {
      year: number;
      published: true;
      publishedAt: Date;
      finalLevel: string | null;
      excludedReason: string | null;
      proposedLevel: string | null;
      selfLevel: string | null;
      selfPoints: number | null;
      listPublished: boolean;
    };

export async function findOwnRatings(actor: Actor): Promise<OwnRating[]> {
  if (!actor.memberId) return [];
  const years = await db.ratingYear.findMany({
    where: { unitId: actor.unitId, memberRatings: { some: { memberId: actor.memberId } } },
    orderBy: { year: "desc" },
    select: { id: true, year: true, publishedAt: true, publishList: true, emulationYearId: true },
  });
  const published = years.filter((y) => y.publishedAt);
  const [mine, selves] = await Promise.all([
    db.memberRating.findMany({
      where: { memberId: actor.memberId, ratingYearId: { in: published.map((y) => y.id) } },
      select: { ratingYearId: true, finalLevel: true, excludedReason: true, proposedLevel: true },
    }),
    db.emulationSelfAssessment.findMany({
      where: {
        memberId: actor.memberId,
        state: "SUBMITTED",
        yearId: { in: published.map((y) => y.emulationYearId) },
      },
      select: { yearId: true, proposedLevel: true, totalPoints: true },
    }),
  ]);
  return years.map((y): OwnRating => {
    if (!y.publishedAt) return { year: y.year, published: false };
    const m = mine.find((x) => x.ratingYearId === y.id);
    const s = selves.find((x) => x.yearId === y.emulationYearId);
    return {
      year: y.year,
      published: true,
      publishedAt: y.publishedAt,
      listPublished: y.publishList,
      finalLevel: m?.excludedReason ? null : (m?.finalLevel ?? null),
      excludedReason: m?.excludedReason ?? null,
      proposedLevel: m?.proposedLevel ?? null,
      selfLevel: s?.proposedLevel ?? null,
      selfPoints: s?.totalPoints ?? null,
    };
  });
}

export const PUBLISHED_LIST_PAGE = 100;

/** The unit's published list of a year (name, tổ, level), or null when the unit does not publish it. */
export async function findPublishedList(actor: Actor, year: number, page: number) {
  const y = await db.ratingYear.findFirst({
    where: { unitId: actor.unitId, year, publishedAt: { not: null }, publishList: true },
    select: { id: true },
  });
  if (!y) return null;
  const where = { ratingYearId: y.id };
  const [total, rows] = await Promise.all([
    db.memberRating.count({ where }),
    db.memberRating.findMany({
      where,
      orderBy: [{ group: { name: "asc" } }, { member: { sortName: "asc" } }, { id: "asc" }],
      skip: (Math.max(1, page) - 1) * PUBLISHED_LIST_PAGE,
      take: PUBLISHED_LIST_PAGE,
      select: {
        id: true,
        finalLevel: true,
        excludedReason: true,
        member: { select: { fullName: true } },
        group: { select: { name: true } },
      },
    }),
  ]);
  return {
    total,
    page: Math.max(1, page),
    pageCount: Math.max(1, Math.ceil(total / PUBLISHED_LIST_PAGE)),
    rows: rows.map((r) => ({
      id: r.id,
      fullName: r.member.fullName,
      groupName: r.group.name,
      level: r.excludedReason ? null : r.finalLevel,
    })),
  };
}

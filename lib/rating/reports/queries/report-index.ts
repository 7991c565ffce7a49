import "server-only";
// The reports page (/print/rating): the year's state, the tổ with a review (their biên bản), and
// members found by name for their phiếu (at most 20: the unit may have 60,000).
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { toSearchText } from "@/lib/format";
import { findRatingYear, listRatingYears } from "@/lib/rating/year";
import { SHEET_LIMIT } from "./all-reports";
import { canExport } from "./context";

export async function getReportIndex(actor: Actor, year: number, q: string) {
  if (!canExport(actor)) return null;
  const [ry, years] = await Promise.all([findRatingYear(actor.unitId, year), listRatingYears(actor.unitId)]);
  if (!ry)
    return { year, ry: null, years, reviews: [], members: [], memberCount: 0, sheetLimit: SHEET_LIMIT };
  const search = toSearchText(q.trim());
  const [reviews, memberCount, members] = await Promise.all([
    db.groupReview.findMany({
      where: { ratingYearId: ry.id },
      orderBy: { group: { name: "asc" } },
      select: { groupId: true, state: true, group: { select: { name: true } } },
    }),
    db.memberRating.count({ where: { ratingYearId: ry.id } }),
    search
      ? db.memberRating.findMany({
          where: { ratingYearId: ry.id, member: { searchName: { contains: search } } },
          orderBy: { member: { sortName: "asc" } },
          take: 20,
          select: {
            memberId: true,
            member: { select: { fullName: true } },
            group: { select: { name: true } },
          },
        })
      : [],
  ]);
  return { year, ry, years, reviews, memberCount, members, sheetLimit: SHEET_LIMIT };
}

import "server-only";
// Creates the year's member ratings and recomputes who is excluded, set-based so that it is
// one statement each for 60,000 members. The rules are those of exclusions.ts, in SQL:
// - joined the unit: the latest ADMITTED / TRANSFERRED_IN event on or before 31/12, else the
//   start of the earliest tổ membership; unknown → not excluded for time;
// - months: full calendar months from that date to 01/01 of the next year;
// - long leave / discipline: the notes recorded on the rating;
// - registration: an APPROVED registration of the emulation year.
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { EXCLUSION_TEXT } from "./exclusions";
import type { RatingYearContext } from "./year";

/** Adds a rating row for every active member (of one tổ, or of the unit) that has none yet. */
export async function ensureMemberRatings(
  tx: Tx,
  r: Pick<RatingYearContext, "id" | "unitId">,
  groupId?: string,
) {
  await tx.$executeRaw`
    INSERT INTO "MemberRating" (id, "ratingYearId", "memberId", "groupId", "updatedAt")
    SELECT 'mr_' || md5(${r.id} || m.id), ${r.id}, m.id, m."groupId", now()
    FROM "Member" m
    WHERE m."unitId" = ${r.unitId} AND m.status = 'ACTIVE' ${groupId ? Prisma.sql`AND m."groupId" = ${groupId}` : Prisma.empty}
    ON CONFLICT ("ratingYearId", "memberId") DO NOTHING`;
}

/** Recomputes excludedReason of the year's ratings (of one tổ, or all); returns rows changed. */
export async function refreshExclusions(
  tx: Tx,
  r: Pick<RatingYearContext, "id" | "year" | "emulationYearId" | "exclusion">,
  groupId?: string,
) {
  const s = r.exclusion;
  const end = `${r.year + 1}-01-01`;
  const reasons: Prisma.Sql[] = [];
  if (s.minMonthsInUnit > 0) {
    reasons.push(Prisma.sql`CASE WHEN j.joined IS NOT NULL AND
        ((extract(year FROM ${end}::date)::int - extract(year FROM j.joined)::int) * 12
         + extract(month FROM ${end}::date)::int - extract(month FROM j.joined)::int
         - CASE WHEN extract(day FROM j.joined) > 1 THEN 1 ELSE 0 END) < ${s.minMonthsInUnit}
      THEN ${EXCLUSION_TEXT.shortTime(s.minMonthsInUnit)} END`);
  }
  if (s.excludeLongLeave)
    reasons.push(
      Prisma.sql`CASE WHEN btrim(coalesce(mr."longLeaveNote", '')) <> '' THEN ${EXCLUSION_TEXT.longLeave} END`,
    );
  if (s.excludeDisciplined)
    reasons.push(
      Prisma.sql`CASE WHEN btrim(coalesce(mr."disciplineNote", '')) <> '' THEN ${EXCLUSION_TEXT.disciplined} END`,
    );
  if (s.requireRegistration)
    reasons.push(Prisma.sql`CASE WHEN reg.id IS NULL THEN ${EXCLUSION_TEXT.noRegistration} END`);
  const reason = reasons.length
    ? Prisma.sql`nullif(concat_ws('; ', ${Prisma.join(reasons)}), '')`
    : Prisma.sql`NULL::text`;
  return tx.$executeRaw`
    UPDATE "MemberRating" t SET "excludedReason" = x.reason, "updatedAt" = now()
    FROM (
      SELECT mr.id, ${reason} AS reason
      FROM "MemberRating" mr
      LEFT JOIN LATERAL (
        SELECT coalesce(
          (SELECT max(e."effectiveOn") FROM "MemberEvent" e
            WHERE e."memberId" = mr."memberId" AND e.type IN ('ADMITTED', 'TRANSFERRED_IN') AND e."effectiveOn" < ${end}::date),
          (SELECT min(gm."startOn") FROM "GroupMembership" gm WHERE gm."memberId" = mr."memberId")
        ) AS joined
      ) j ON true
      LEFT JOIN "EmulationRegistration" reg
        ON reg."yearId" = ${r.emulationYearId} AND reg."subjectKey" = 'm:' || mr."memberId" AND reg.state = 'APPROVED'
      WHERE mr."ratingYearId" = ${r.id} ${groupId ? Prisma.sql`AND mr."groupId" = ${groupId}` : Prisma.empty}
    ) x
    WHERE t.id = x.id AND t."excludedReason" IS DISTINCT FROM x.reason`;
}

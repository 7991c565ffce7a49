import "server-only";
// Creates the year's member ratings and recomputes who is barred from titles and awards
// (awardBarReason; every member is still rated), set-based so that it is one statement each for
// 60,000 members. The rules are EXCLUSION_RULES of exclusions.ts: their
// order, settings and texts come from there, and each rule's test becomes SQL here, on these facts:
// - joined the unit: the latest ADMITTED / TRANSFERRED_IN event on or before 31/12, else the
//   start of the earliest tổ membership; unknown → not excluded for time;
// - months: full calendar months from that date to 01/01 of the next year;
// - long leave / discipline / administrative sanction: the notes recorded on the rating;
// - registration: an APPROVED registration of the emulation year.
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { CALENDAR_CYCLE, cycleEndExclusive, type Cycle } from "@/lib/settings/cycle";
import {
  activeExclusionRules,
  EXCLUSION_RULES,
  type ExclusionSettings,
  type ExclusionTest,
} from "./exclusions";
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

const NOTE_COLUMN = {
  longLeaveNote: Prisma.sql`mr."longLeaveNote"`,
  disciplineNote: Prisma.sql`mr."disciplineNote"`,
  sanctionNote: Prisma.sql`mr."sanctionNote"`,
} as const;

/**
 * True (in SQL, over mr) when `level` is above the cap a rule puts on the member (discipline:
 * LEVEL_CAP of exclusions.ts). levels: the scheme, top first.
 */
export function levelOverCapSql(s: ExclusionSettings, levels: readonly string[], level: Prisma.Sql) {
  const parts = EXCLUSION_RULES.flatMap((rule) => {
    const at = rule.capsLevelAt?.(s);
    if (at == null || rule.test.kind !== "note" || at <= 0) return [];
    const above = levels.slice(0, at);
    if (!above.length) return [];
    return [
      Prisma.sql`(btrim(coalesce(${NOTE_COLUMN[rule.test.note]}, '')) <> '' AND ${level} IN (${Prisma.join(above)}))`,
    ];
  });
  return parts.length ? Prisma.sql`(${Prisma.join(parts, " OR ")})` : Prisma.sql`false`;
}

/** A rule's test in SQL, over mr (the rating), j.joined (the join date) and reg (the registration). */
function sqlTest(test: ExclusionTest, s: ExclusionSettings, end: string): Prisma.Sql {
  switch (test.kind) {
    case "monthsBelow":
      return Prisma.sql`j.joined IS NOT NULL AND
        ((extract(year FROM ${end}::date)::int - extract(year FROM j.joined)::int) * 12
         + extract(month FROM ${end}::date)::int - extract(month FROM j.joined)::int
         - CASE WHEN extract(day FROM j.joined) > 1 THEN 1 ELSE 0 END) < ${s.minMonthsInUnit}`;
    case "note":
      return Prisma.sql`btrim(coalesce(${NOTE_COLUMN[test.note]}, '')) <> ''`;
    case "noRegistration":
      return Prisma.sql`reg.id IS NULL`;
  }
}

/** The reasons column: one CASE per rule the settings turn on, in EXCLUSION_RULES order, joined by "; ". */
export function exclusionReasonSql(s: ExclusionSettings, end: string): Prisma.Sql {
  const reasons = activeExclusionRules(s).map(
    (rule) => Prisma.sql`CASE WHEN ${sqlTest(rule.test, s, end)} THEN ${rule.text(s)} END`,
  );
  return reasons.length
    ? Prisma.sql`nullif(concat_ws('; ', ${Prisma.join(reasons)}), '')`
    : Prisma.sql`NULL::text`;
}

/**
 * Recomputes awardBarReason of the year's ratings (of one tổ, or all) and clears the legacy
 * excludedReason: in an open year every member is rated. Returns rows changed.
 */
export async function refreshExclusions(
  tx: Tx,
  r: Pick<RatingYearContext, "id" | "year" | "emulationYearId" | "exclusion"> & { cycle?: Cycle },
  groupId?: string,
) {
  // The tenure rule counts months to the end of the unit's year (31/12, or 31/08 for a năm học).
  const end = cycleEndExclusive(r.year, r.cycle ?? CALENDAR_CYCLE);
  const reason = exclusionReasonSql(r.exclusion, end);
  return tx.$executeRaw`
    UPDATE "MemberRating" t SET "awardBarReason" = x.reason, "excludedReason" = NULL, "updatedAt" = now()
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
    WHERE t.id = x.id AND (t."awardBarReason" IS DISTINCT FROM x.reason OR t."excludedReason" IS NOT NULL)`;
}

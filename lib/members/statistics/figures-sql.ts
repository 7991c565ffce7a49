import "server-only";
// The one definition of the báo cáo thống kê / biến động đoàn viên's figures, as SQL: common table
// expressions that end in `group_figures` (one row per tổ of the given units, with its unitId). The
// CĐCS's own report reads it for its unit (query.ts); the cấp trên's roll-up sums it by unitId over
// its subtree (lib/org/rollup). Definitions (see query.ts): a member is in a tổ on day d when
// startOn ≤ d < endOn; đầu kỳ at the start of `from`, cuối kỳ and its make-up at the end of `to`;
// movements are the dated MemberEvent rows of the period.
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * `units`: a SELECT of unit ids (`SELECT ${id}::text` or `SELECT id FROM subtree`). Returns the CTE
 * list without the leading WITH (callers write `WITH ${…}` or append it after their own CTEs).
 */
export function groupFiguresCtes(units: Prisma.Sql, from: string, to: string): Prisma.Sql {
  return Prisma.sql`
    g AS (
      SELECT id, "unitId", name, "archivedAt" FROM "Group" WHERE "unitId" IN (${units})
    ), opening AS (
      SELECT gm."groupId", count(*)::int AS n
      FROM "GroupMembership" gm JOIN g ON g.id = gm."groupId"
      WHERE gm."startOn" < ${from}::date AND (gm."endOn" IS NULL OR gm."endOn" >= ${from}::date)
      GROUP BY 1
    ), closing AS (
      SELECT gm."groupId",
        count(*)::int AS closing,
        count(*) FILTER (WHERE m.gender = 'FEMALE')::int AS female,
        count(*) FILTER (WHERE m."isPartyMember"
          AND (m."partyJoinedOn" IS NULL OR m."partyJoinedOn" <= ${to}::date))::int AS party,
        count(*) FILTER (WHERE m."dateOfBirth" > ${to}::date - interval '30 years')::int AS under30,
        count(*) FILTER (WHERE m."dateOfBirth" <= ${to}::date - interval '30 years'
          AND m."dateOfBirth" > ${to}::date - interval '40 years')::int AS "age30to39",
        count(*) FILTER (WHERE m."dateOfBirth" <= ${to}::date - interval '40 years'
          AND m."dateOfBirth" > ${to}::date - interval '50 years')::int AS "age40to49",
        count(*) FILTER (WHERE m."dateOfBirth" <= ${to}::date - interval '50 years')::int AS "age50plus",
        count(*) FILTER (WHERE m."dateOfBirth" IS NULL)::int AS "ageUnknown"
      FROM "GroupMembership" gm JOIN g ON g.id = gm."groupId" JOIN "Member" m ON m.id = gm."memberId"
      WHERE gm."startOn" <= ${to}::date AND (gm."endOn" IS NULL OR gm."endOn" > ${to}::date)
      GROUP BY 1
    ), ev AS (
      -- An event written without its tổ (older data) is placed by the membership it ended or began.
      SELECT e.type,
        CASE WHEN e.type IN ('GROUP_CHANGED', 'TRANSFERRED_OUT', 'LEFT', 'RETIRED', 'EXPELLED') THEN
          coalesce(e."fromGroupId", (SELECT gm."groupId" FROM "GroupMembership" gm
            WHERE gm."memberId" = e."memberId" AND gm."endOn" = e."effectiveOn"
            ORDER BY gm."startOn" DESC LIMIT 1)) END AS "fromGroupId",
        CASE WHEN e.type IN ('ADMITTED', 'TRANSFERRED_IN', 'GROUP_CHANGED') THEN
          coalesce(e."toGroupId", (SELECT gm."groupId" FROM "GroupMembership" gm
            WHERE gm."memberId" = e."memberId" AND gm."startOn" = e."effectiveOn"
            ORDER BY gm."startOn" DESC LIMIT 1)) END AS "toGroupId"
      FROM "MemberEvent" e JOIN "Member" m ON m.id = e."memberId"
      WHERE m."unitId" IN (${units}) AND e."effectiveOn" BETWEEN ${from}::date AND ${to}::date
    ), inflow AS (
      SELECT "toGroupId" AS "groupId",
        count(*) FILTER (WHERE type = 'ADMITTED')::int AS admitted,
        count(*) FILTER (WHERE type = 'TRANSFERRED_IN')::int AS "transferredIn",
        count(*) FILTER (WHERE type = 'GROUP_CHANGED')::int AS "groupIn"
      FROM ev WHERE "toGroupId" IS NOT NULL GROUP BY 1
    ), outflow AS (
      SELECT "fromGroupId" AS "groupId",
        count(*) FILTER (WHERE type = 'GROUP_CHANGED')::int AS "groupOut",
        count(*) FILTER (WHERE type = 'TRANSFERRED_OUT')::int AS "transferredOut",
        count(*) FILTER (WHERE type = 'LEFT')::int AS "left",
        count(*) FILTER (WHERE type = 'RETIRED')::int AS retired,
        count(*) FILTER (WHERE type = 'EXPELLED')::int AS expelled
      FROM ev WHERE "fromGroupId" IS NOT NULL
        AND type IN ('GROUP_CHANGED', 'TRANSFERRED_OUT', 'LEFT', 'RETIRED', 'EXPELLED')
      GROUP BY 1
    ), group_figures AS (
      SELECT g.id AS "groupId", g."unitId", g.name, g."archivedAt" IS NOT NULL AS archived,
        coalesce(o.n, 0) AS opening,
        coalesce(i.admitted, 0) AS admitted, coalesce(i."transferredIn", 0) AS "transferredIn",
        coalesce(i."groupIn", 0) AS "groupIn", coalesce(x."groupOut", 0) AS "groupOut",
        coalesce(x."transferredOut", 0) AS "transferredOut", coalesce(x."left", 0) AS "left",
        coalesce(x.retired, 0) AS retired, coalesce(x.expelled, 0) AS expelled,
        coalesce(x."left", 0) + coalesce(x.retired, 0) + coalesce(x.expelled, 0) AS exited,
        coalesce(c.closing, 0) AS closing, coalesce(c.female, 0) AS female, coalesce(c.party, 0) AS party,
        coalesce(c.under30, 0) AS under30, coalesce(c."age30to39", 0) AS "age30to39",
        coalesce(c."age40to49", 0) AS "age40to49", coalesce(c."age50plus", 0) AS "age50plus",
        coalesce(c."ageUnknown", 0) AS "ageUnknown"
      FROM g
      LEFT JOIN opening o ON o."groupId" = g.id
      LEFT JOIN closing c ON c."groupId" = g.id
      LEFT JOIN inflow i ON i."groupId" = g.id
      LEFT JOIN outflow x ON x."groupId" = g.id
    )`;
}

import "server-only";
// The báo cáo thống kê / biến động đoàn viên for a period: one set-based query over the dated tổ
// memberships (GroupMembership: a member is in a tổ on day d when startOn ≤ d < endOn) and the
// dated member events (MemberEvent). For every tổ: đầu kỳ (in the tổ at the start of the first
// day), the movements of the period by kind, cuối kỳ (in the tổ at the end of the last day) and
// its make-up on the last day (nữ, đảng viên by then, age bands at the last day). So each row
// balances: đầu kỳ + kết nạp + chuyển đến + tổ đến − tổ đi − chuyển đi − ra khỏi tổ chức = cuối kỳ.
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { unitHeader } from "@/lib/emulation/queries/report";
import { getSetting } from "@/lib/settings/queries";
import { addFigures, columnSet, FIGURES, ZERO, type Figure, type Figures } from "./columns";
import type { Period } from "./period";

type Row = { groupId: string; name: string; archived: boolean } & Figures;

export async function statisticsRows(unitId: string, from: string, to: string): Promise<Row[]> {
  const rows = await db.$queryRaw<Row[]>`
    WITH g AS (
      SELECT id, name, "archivedAt" FROM "Group" WHERE "unitId" = ${unitId}
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
      WHERE m."unitId" = ${unitId} AND e."effectiveOn" BETWEEN ${from}::date AND ${to}::date
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
    )
    SELECT g.id AS "groupId", g.name, g."archivedAt" IS NOT NULL AS archived,
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
    ORDER BY g.name, g.id`;
  return rows.map((r) => ({ ...r, ...Object.fromEntries(FIGURES.map((f) => [f, Number(r[f])])) }));
}

export type StatisticsReport = Awaited<ReturnType<typeof getStatisticsReport>>;

/**
 * The report as the screen, the PDF and the Excel file show it: the tổ that had anyone in the
 * period (an archived tổ only if it did), the unit's total, and the column set in force on the
 * period's last day.
 */
export async function getStatisticsReport(actor: Actor, period: Period) {
  const [rows, header, setting] = await Promise.all([
    statisticsRows(actor.unitId, period.from, period.to),
    unitHeader(actor),
    getSetting(actor.unitId, "members.statistics.columns", period.to),
  ]);
  const groups = rows.filter((r) => !r.archived || FIGURES.some((f) => r[f] !== 0));
  const total = groups.reduce<Figures>((sum, r) => addFigures(sum, r), { ...ZERO });
  const columns: readonly Figure[] = columnSet(String(setting.value));
  return { period, groups, total, columns, columnSetKey: String(setting.value), ...header };
}

// The year dashboard's SQL (lib/dashboard), written out for pg: the raw side of the dashboard case
// and what bench/dashboard-explain.ts runs under EXPLAIN ANALYZE. Keep it in step with lib/dashboard.
import type pg from "pg";
import { todayIso } from "../../lib/clock";

export type DashboardParams = {
  unitId: string;
  /** null: the unit's dashboard; a tổ id: the tổ trưởng's. */
  groupId: string | null;
  emulationYearId: string;
  ratingYearId: string | null;
  /** yyyy-mm-dd */
  today: string;
  weekLast: string;
  calendarYear: number;
};

const g = (p: DashboardParams, col: string) => (p.groupId ? `AND ${col} = '${p.groupId}'` : "");

export function dashboardQueries(p: DashboardParams): { name: string; sql: string; params: unknown[] }[] {
  const u = p.unitId;
  const members = p.groupId
    ? [
        {
          name: "the tổ's members by status",
          sql: `SELECT status, count(*) FROM "Member" WHERE "unitId" = $1 AND "groupId" = $2 AND status IN ('ACTIVE', 'SUSPENDED') GROUP BY status`,
          params: [u, p.groupId] as unknown[],
        },
      ]
    : [
        {
          name: "members by status, gender, party",
          sql: `SELECT status, gender, "isPartyMember", count(*) FROM "Member" WHERE "unitId" = $1 GROUP BY status, gender, "isPartyMember"`,
          params: [u] as unknown[],
        },
        {
          name: "joins and exits of the year",
          sql: `SELECT e.type, count(*) FROM "MemberEvent" e JOIN "Member" m ON m.id = e."memberId" WHERE m."unitId" = $1
            AND e.type IN ('ADMITTED','TRANSFERRED_IN','TRANSFERRED_OUT','LEFT','RETIRED','EXPELLED') AND e."effectiveOn" >= make_date($2, 1, 1) GROUP BY e.type`,
          params: [u, p.calendarYear] as unknown[],
        },
      ];
  const q = [
    ...members,
    {
      name: "decisions overdue / this week",
      sql: `SELECT count(*) FILTER (WHERE d."dueOn" < $2::date), count(*) FILTER (WHERE d."dueOn" >= $2::date)
        FROM "MeetingDecision" d JOIN "Meeting" m ON m.id = d."meetingId"
        WHERE m."unitId" = $1 ${g(p, 'm."groupId"')} AND NOT d."isDone" AND d."dueOn" <= $3::date`,
      params: [u, p.today, p.weekLast],
    },
    {
      name: "minutes to sign / held without minutes",
      sql: `SELECT count(*) FILTER (WHERE status = 'MINUTES_DRAFT'), count(*) FILTER (WHERE status = 'HELD')
        FROM "Meeting" m WHERE m."unitId" = $1 ${g(p, 'm."groupId"')} AND m.status IN ('HELD', 'MINUTES_DRAFT')`,
      params: [u],
    },
    {
      name: "next meetings",
      sql: `SELECT id, title, "startsAt", place FROM "Meeting" m WHERE m."unitId" = $1 ${g(p, 'm."groupId"')}
        AND status = 'PLANNED' AND "startsAt" >= $2::date - interval '7 hours' ORDER BY "startsAt", id LIMIT 3`,
      params: [u, p.today],
    },
    {
      name: "welfare proposed / approved",
      sql: `SELECT count(*) FILTER (WHERE v.state = 'PROPOSED'), count(*) FILTER (WHERE v.state = 'APPROVED')
        FROM "WelfareVisit" v ${p.groupId ? `JOIN "Member" m ON m.id = v."memberId"` : ""}
        WHERE v."unitId" = $1 AND v.state IN ('PROPOSED', 'APPROVED') ${g(p, 'm."groupId"')}`,
      params: [u],
    },
    {
      name: "emulation by tổ",
      sql: `WITH per AS (SELECT m."groupId", count(*) AS members,
          count(*) FILTER (WHERE r.state IS NOT NULL AND r.state <> 'DRAFT') AS registered,
          count(*) FILTER (WHERE a.state = 'SUBMITTED') AS assessed
        FROM "Member" m
        LEFT JOIN "EmulationRegistration" r ON r."yearId" = $2 AND r."memberId" = m.id
        LEFT JOIN "EmulationSelfAssessment" a ON a."yearId" = $2 AND a."memberId" = m.id
        WHERE m."unitId" = $1 AND m.status = 'ACTIVE' ${g(p, 'm."groupId"')} GROUP BY m."groupId")
        SELECT per.*, g.name FROM per JOIN "Group" g ON g.id = per."groupId" ORDER BY g.name, g.id`,
      params: [u, p.emulationYearId],
    },
    {
      name: "attendance by month",
      sql: `SELECT extract(month FROM (mt."startsAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Ho_Chi_Minh')::int,
          count(DISTINCT mt.id), count(i.id), count(i.id) FILTER (WHERE i.attendance = 'PRESENT')
        FROM "Meeting" mt LEFT JOIN "MeetingInvitee" i ON i."meetingId" = mt.id
        WHERE mt."unitId" = $1 AND mt.year = $2 AND mt.status <> 'PLANNED' ${p.groupId ? g(p, 'mt."groupId"') : 'AND mt."groupId" IS NULL'} GROUP BY 1 ORDER BY 1`,
      params: [u, p.calendarYear],
    },
  ];
  if (!p.groupId)
    q.push(
      {
        name: "opinions new / in progress",
        sql: `SELECT count(*) FILTER (WHERE status = 'NEW'), count(*) FILTER (WHERE status = 'IN_PROGRESS')
          FROM "Opinion" WHERE "unitId" = $1 AND status IN ('NEW', 'IN_PROGRESS')`,
        params: [u],
      },
      {
        name: "welfare against the dự toán",
        sql: `WITH spent AS (SELECT v."categoryId", sum(v.amount) FILTER (WHERE v.state = 'DONE') AS done,
            sum(v.amount) FILTER (WHERE v.state = 'APPROVED') AS approved
          FROM "WelfareVisit" v WHERE v."unitId" = $1 AND v.state IN ('DONE', 'APPROVED')
            AND v."eventOn" >= make_date($2, 1, 1) AND v."eventOn" < make_date($2 + 1, 1, 1) GROUP BY 1),
          planned AS (SELECT "categoryId", sum(amount) AS budget FROM "WelfareBudget" WHERE "unitId" = $1 AND year = $2 GROUP BY 1)
          SELECT c.id, c.name, p.budget, sp.done, sp.approved FROM "WelfareCategory" c
          LEFT JOIN spent sp ON sp."categoryId" = c.id LEFT JOIN planned p ON p."categoryId" = c.id
          WHERE c."unitId" = $1 AND (p.budget IS NOT NULL OR sp."categoryId" IS NOT NULL) ORDER BY c."sortOrder", c.name, c.id`,
        params: [u, p.calendarYear],
      },
    );
  if (p.ratingYearId)
    q.push(
      {
        name: "tổ reviews sent",
        sql: `SELECT count(*), count(*) FILTER (WHERE gr.state = 'SUBMITTED') FROM "Group" g
          LEFT JOIN "GroupReview" gr ON gr."groupId" = g.id AND gr."ratingYearId" = $2
          WHERE g."unitId" = $1 ${g(p, "g.id")} AND (g."archivedAt" IS NULL OR EXISTS (
            SELECT 1 FROM "MemberRating" mr WHERE mr."ratingYearId" = $2 AND mr."groupId" = g.id))`,
        params: [u, p.ratingYearId],
      },
      {
        name: "final levels",
        sql: `SELECT "finalLevel", count(*) FROM "MemberRating" WHERE "ratingYearId" = $1 ${g(p, '"groupId"')} GROUP BY 1`,
        params: [p.ratingYearId],
      },
    );
  return q;
}

export function rawDashboard(pool: pg.Pool, p: DashboardParams) {
  return Promise.all(dashboardQueries(p).map((x) => pool.query(x.sql, x.params)));
}

/** The bench unit's dashboard as of the app's day (lib/clock.ts): the year 2026 is the one in progress. */
export function dashboardParams(unitId: string, groupId: string | null): DashboardParams {
  const today = todayIso();
  const year = Number(today.slice(0, 4));
  return {
    unitId,
    groupId,
    emulationYearId: `bey${year}`,
    ratingYearId: `bry${year}`,
    today,
    weekLast: new Date(Date.parse(`${today}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10),
    calendarYear: year,
  };
}

// The SQL of getRegistrationOverview (lib/emulation/queries/overview.ts) for the whole unit, as
// pg runs it: the raw side of the emulation overview and of the dashboard's "còn thiếu" card.
import type pg from "pg";

export function rawRegistrationOverview(pool: pg.Pool, unitId: string, yearId: string) {
  return pool.query(
    `WITH per AS (
      SELECT m."groupId", count(*)::int AS members,
        count(*) FILTER (WHERE r.state = 'DRAFT')::int AS draft, count(*) FILTER (WHERE r.state = 'SUBMITTED')::int AS submitted,
        count(*) FILTER (WHERE r.state = 'FORWARDED')::int AS forwarded, count(*) FILTER (WHERE r.state = 'APPROVED')::int AS approved,
        count(*) FILTER (WHERE r.state = 'RETURNED')::int AS returned, count(*) FILTER (WHERE r.state IS NULL OR r.state = 'DRAFT')::int AS missing,
        count(*) FILTER (WHERE a.state = 'SUBMITTED')::int AS assessed, count(*) FILTER (WHERE a.state = 'DRAFT')::int AS assessment_drafts
      FROM "Member" m
      LEFT JOIN "EmulationRegistration" r ON r."yearId" = $2 AND r."memberId" = m.id
      LEFT JOIN "EmulationSelfAssessment" a ON a."yearId" = $2 AND a."memberId" = m.id
      WHERE m."unitId" = $1 AND m.status = 'ACTIVE'
      GROUP BY m."groupId"
    )
    SELECT g.id, g.name, p.*, c.state::text AS collective
    FROM "Group" g
    JOIN "EmulationYear" y ON y.id = $2 AND y."unitId" = g."unitId"
    LEFT JOIN per p ON p."groupId" = g.id
    LEFT JOIN "EmulationRegistration" c ON c."yearId" = y.id AND c."subjectKey" = 'g:' || g.id
    WHERE g."unitId" = $1 AND g."archivedAt" IS NULL
    ORDER BY g.name`,
    [unitId, yearId],
  );
}

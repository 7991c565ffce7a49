// `npx tsx bench/dashboard-explain.ts`: the year dashboard's SQL under EXPLAIN ANALYZE on the bench
// data set (60,000 members, 1,000 tổ): each query's execution time, the unit's dashboard and a tổ
// trưởng's, beside the queries the dashboard ran before (member counts and the "còn thiếu" card).
// Needs `npm run bench:seed` first. Writes nothing.
import pg from "pg";
import { openBenchDb, readIds } from "./lib/bench-db";
import { dashboardParams, dashboardQueries } from "./lib/raw-dashboard";

const BEFORE = (unitId: string, yearId: string) => [
  {
    name: "before: members by tổ",
    sql: `SELECT "groupId", count(*) FROM "Member" WHERE "unitId" = $1 AND status IN ('ACTIVE','SUSPENDED') GROUP BY "groupId"`,
    params: [unitId],
  },
  {
    name: "before: tổ list",
    sql: `SELECT id, name, "archivedAt" FROM "Group" WHERE "unitId" = $1 ORDER BY name`,
    params: [unitId],
  },
  {
    name: "before: members by status, gender, party",
    sql: `SELECT status, gender, "isPartyMember", count(*) FROM "Member" WHERE "unitId" = $1 GROUP BY status, gender, "isPartyMember"`,
    params: [unitId],
  },
  {
    name: "before: joins and exits of the year",
    sql: `SELECT e.type, count(*) FROM "MemberEvent" e JOIN "Member" m ON m.id = e."memberId" WHERE m."unitId" = $1
      AND e.type IN ('ADMITTED','TRANSFERRED_IN','TRANSFERRED_OUT','LEFT','RETIRED','EXPELLED') AND e."effectiveOn" >= make_date(2026, 1, 1) GROUP BY e.type`,
    params: [unitId],
  },
  {
    name: "before: recent events",
    sql: `SELECT e.id, e.type, e."effectiveOn", m.id, m."fullName" FROM "MemberEvent" e JOIN "Member" m ON m.id = e."memberId" WHERE m."unitId" = $1
      ORDER BY e."effectiveOn" DESC, e."createdAt" DESC LIMIT 5`,
    params: [unitId],
  },
  {
    name: "before: registration overview",
    sql: `WITH per AS (SELECT m."groupId", count(*) FILTER (WHERE r.state IS NULL OR r.state = 'DRAFT') AS missing,
        count(*) FILTER (WHERE a.state = 'SUBMITTED') AS assessed, count(*) AS members FROM "Member" m
        LEFT JOIN "EmulationRegistration" r ON r."yearId" = $2 AND r."memberId" = m.id
        LEFT JOIN "EmulationSelfAssessment" a ON a."yearId" = $2 AND a."memberId" = m.id
        WHERE m."unitId" = $1 AND m.status = 'ACTIVE' GROUP BY m."groupId")
      SELECT g.id, g.name, p.* FROM "Group" g LEFT JOIN per p ON p."groupId" = g.id WHERE g."unitId" = $1 AND g."archivedAt" IS NULL ORDER BY g.name`,
    params: [unitId, yearId],
  },
];

async function main() {
  const bench = await openBenchDb();
  const pool = new pg.Pool({ connectionString: bench.url, max: 1 });
  // Stopping the bench database ends the idle connection: not an error of the measurement.
  pool.on("error", () => {});
  const ids = readIds();
  const run = async (label: string, qs: { name: string; sql: string; params: unknown[] }[]) => {
    let total = 0;
    console.log(`\n${label}`);
    for (const q of qs) {
      // Warm once, then measure.
      await pool.query(q.sql, q.params);
      const { rows } = await pool.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${q.sql}`, q.params);
      const ms = rows[0]["QUERY PLAN"][0]["Execution Time"] as number;
      total += ms;
      console.log(`  ${q.name.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms`);
    }
    console.log(`  ${"sum (run in parallel by the page)".padEnd(44)} ${total.toFixed(1).padStart(8)} ms`);
  };
  const unit = dashboardParams(ids.unitId, null);
  await run(
    "Before: the dashboard's queries (member counts, còn thiếu)",
    BEFORE(ids.unitId, unit.emulationYearId),
  );
  await run("After: the unit's year dashboard", dashboardQueries(unit));
  await run(
    `After: the tổ trưởng's dashboard (${ids.groupIds[0]})`,
    dashboardQueries(dashboardParams(ids.unitId, ids.groupIds[0])),
  );
  await pool.end();
  await bench.stop();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

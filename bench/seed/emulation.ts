// Ten years (2017–2026) of emulation for the 60,000-member bench unit, in set-based SQL: the
// catalogue, a year each with its criteria and levels, a registration per member and year
// (every past year approved; 2026 in a mix of states, 200 of the big tổ forwarded and waiting
// for the bulk approval case), a collective one per tổ, self-assessments (every past year
// submitted, about half of 2026), and the 2026 programmes and scores.
import type { Pool } from "pg";
import { DEFAULT_CRITERIA } from "../../lib/emulation/defaults";
import { DEFAULT_LEVELS } from "../../lib/emulation/levels";
import { bulkLoad } from "../lib/bulk-load";
import type { BenchSeed } from "../lib/types";

export const EMULATION_BENCH_YEARS = [2017, 2026] as const;
export const benchYearId = (y: number) => `bey${y}`;

export const seedEmulationBench: BenchSeed = async (pool: Pool, ids) => {
  const u = ids.unitId;
  // Fresh tables have no statistics yet; the planner needs them for the joins below.
  await pool.query(`ANALYZE "Member"; ANALYZE "Group";`);
  const bigGroup = ids.groupIds[0] ?? "bg0000";
  await pool.query(
    `INSERT INTO "EmulationTitle"(id, "unitId", name, scope, level, "updatedAt") VALUES
       ('bet1', $1, 'Lao động tiên tiến', 'INDIVIDUAL', 'Cơ sở', now()), ('bet2', $1, 'Chiến sĩ thi đua cơ sở', 'INDIVIDUAL', 'Cơ sở', now()),
       ('bet3', $1, 'Tổ công đoàn vững mạnh', 'COLLECTIVE', 'Cơ sở', now())`,
    [u],
  );
  await pool.query(
    `INSERT INTO "EmulationMovement"(id, "unitId", name, "updatedAt") VALUES ('bem1', $1, 'Lao động giỏi – Lao động sáng tạo', now())`,
    [u],
  );
  await pool.query(
    `INSERT INTO "EmulationYear"(id, "unitId", year, "registrationDeadline", "assessmentOpensOn", "assessmentClosesOn", "updatedAt")
     SELECT 'bey' || y, $1, y, make_date(y, 1, 25), make_date(y, 11, 1), make_date(y, 11, 30), now() FROM generate_series(2017, 2026) y`,
    [u],
  );
  await pool.query(
    `INSERT INTO "EmulationCriterion"(id, "yearId", position, "groupName", content, "maxPoints", "updatedAt")
     SELECT 'bec' || y || '-' || n, 'bey' || y, n, g, c, p, now() FROM generate_series(2017, 2026) y,
       unnest($1::text[], $2::text[], $3::int[]) WITH ORDINALITY AS t(g, c, p, n)`,
    [
      DEFAULT_CRITERIA.map((c) => c.groupName),
      DEFAULT_CRITERIA.map((c) => c.content),
      DEFAULT_CRITERIA.map((c) => c.maxPoints),
    ],
  );
  await pool.query(
    `INSERT INTO "EmulationLevel"(id, "yearId", position, name, "minPoints", "updatedAt")
     SELECT 'bel' || y || '-' || n, 'bey' || y, n, name, p, now() FROM generate_series(2017, 2026) y, unnest($1::text[], $2::int[]) WITH ORDINALITY AS t(name, p, n)`,
    [DEFAULT_LEVELS.map((l) => l.name), DEFAULT_LEVELS.map((l) => l.minPoints)],
  );
  // About two million rows in all: written with the tables' indexes and foreign keys set aside and
  // rebuilt afterwards (bench/lib/bulk-load.ts).
  await bulkLoad(
    pool,
    ["EmulationRegistration", "EmulationCommitment", "EmulationSelfAssessment", "EmulationScore"],
    async () => {
      // One registration per member and year, written year by year (a year's rows are written together,
      // as they are in real life); 2026 spread by the member's rank.
      for (let y = 2017; y <= 2026; y++)
        await pool.query(
          `WITH m AS (SELECT id, "groupId", row_number() OVER (PARTITION BY "groupId" ORDER BY id) AS k, row_number() OVER (ORDER BY id) AS rn FROM "Member" WHERE "unitId" = $1 AND status = 'ACTIVE')
       INSERT INTO "EmulationRegistration"(id, "yearId", "subjectKey", "memberId", state, "titleIds", "movementIds", "firstSubmittedAt", "submittedAt", "decidedAt", "returnReason", "updatedAt")
       SELECT 'ber' || yy.y || '-' || m.id, 'bey' || yy.y, 'm:' || m.id, m.id, s.state::"EmulationRegistrationState", ARRAY['bet1'], ARRAY['bem1'],
              CASE WHEN s.state <> 'DRAFT' THEN make_date(yy.y, 1, 15) END, CASE WHEN s.state <> 'DRAFT' THEN make_date(yy.y, 1, 15) END,
              CASE WHEN s.state IN ('APPROVED', 'RETURNED') THEN make_date(yy.y, 2, 5) END, CASE WHEN s.state = 'RETURNED' THEN 'Thiếu chỉ tiêu' END, now()
       FROM (SELECT $3::int AS y) yy CROSS JOIN m
       CROSS JOIN LATERAL (SELECT CASE
          WHEN yy.y < 2026 THEN 'APPROVED'
          WHEN m."groupId" = $2 THEN CASE WHEN m.k <= 200 THEN 'FORWARDED' ELSE 'APPROVED' END
          ELSE (ARRAY['APPROVED','APPROVED','APPROVED','APPROVED','APPROVED','APPROVED','APPROVED','SUBMITTED','FORWARDED','RETURNED','DRAFT','NONE'])[1 + (m.rn * 7) % 12] END AS state) s
       WHERE s.state <> 'NONE'`,
          [u, bigGroup, y],
        );
      await pool.query(
        `INSERT INTO "EmulationRegistration"(id, "yearId", "subjectKey", "groupId", state, "titleIds", "movementIds", "firstSubmittedAt", "updatedAt")
       SELECT 'berg' || y || '-' || g.id, 'bey' || y, 'g:' || g.id, g.id, 'APPROVED', ARRAY['bet3'], ARRAY['bem1'], make_date(y, 1, 15), now()
       FROM generate_series(2017, 2026) y CROSS JOIN "Group" g WHERE g."unitId" = $1`,
        [u],
      );
      await pool.query(
        `INSERT INTO "EmulationCommitment"(id, "registrationId", position, kind, content, target, "updatedAt")
       SELECT r.id || '-c' || n, r.id, n, (ARRAY['STUDY','TRAINING','TASK'])[n]::"EmulationCommitmentKind", 'Cam kết ' || n, 'Chỉ tiêu ' || n, now()
       FROM "EmulationRegistration" r CROSS JOIN generate_series(1, 2) n WHERE r."yearId" = 'bey2026' AND r."memberId" IS NOT NULL`,
      );
      await pool.query(`ANALYZE "EmulationRegistration";`);
      for (let y = 2017; y <= 2026; y++)
        await pool.query(
          `INSERT INTO "EmulationSelfAssessment"(id, "yearId", "memberId", state, "totalPoints", "proposedLevel", "submittedAt", "updatedAt")
       SELECT 'bea' || substr(r.id, 4), r."yearId", r."memberId", CASE WHEN r."yearId" < 'bey2026' OR length(r."memberId") % 2 = 0 THEN 'SUBMITTED' ELSE 'DRAFT' END::"EmulationAssessmentState",
              60 + (hashtext(r.id) & 31), 'Hoàn thành tốt nhiệm vụ', now(), now()
       FROM "EmulationRegistration" r WHERE r."yearId" = 'bey' || $1::text AND r.state = 'APPROVED' AND r."memberId" IS NOT NULL AND ($1::int < 2026 OR hashtext(r.id) % 2 = 0)`,
          [y],
        );
      await pool.query(
        `INSERT INTO "EmulationScore"(id, "assessmentId", "criterionId", "selfPoints", "updatedAt")
       SELECT a.id || '-' || c.position, a.id, c.id, c."maxPoints" - 1, now()
       FROM "EmulationSelfAssessment" a JOIN "EmulationCriterion" c ON c."yearId" = a."yearId" WHERE a."yearId" = 'bey2026'`,
      );
    },
  );
};

// Ten years (2017–2026) of annual rating for the 60,000-member bench unit, in set-based SQL:
// a RatingYear per emulation year (2017–2025 finalised and published, 2026 open in tổ review),
// the tổ and CĐCS templates, the tổ bình xét (each tổ's Q4 sinh hoạt becomes its GROUP_REVIEW
// meeting), a MemberRating for every member in the unit at the year's end with the tổ's proposal
// and vote, the BCH's final level held to the 20 % quota with a few justified exceptions, the
// exclusions of lib/rating/refresh.ts, the titles awarded and the tổ / CĐCS ratings.
import type { Pool } from "pg";
import { DEFAULT_LEVELS } from "../../lib/emulation/levels";
import { DEFAULT_GROUP_CRITERIA, DEFAULT_UNIT_CRITERIA } from "../../lib/rating/defaults";
import { EXCLUSION_TEXT } from "../../lib/rating/exclusions";
import { bulkLoad } from "../lib/bulk-load";
import { collectiveSql, memberRatingSql, quotaSql, titleAwardSql } from "../lib/rating-sql";
import type { BenchSeed } from "../lib/types";

export const RATING_OPEN_YEAR = 2026;
export const ratingYearId = (y: number) => `bry${y}`;
const L = DEFAULT_LEVELS.map((l) => l.name);

/** Prints the time of one statement under the generator's own step line. */
async function timed<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t = Date.now();
  const out = await fn();
  console.log(`      · ${name.padEnd(40)} ${((Date.now() - t) / 1000).toFixed(1).padStart(6)} s`);
  return out;
}

export const seedRatingBench: BenchSeed = async (pool: Pool, ids) => {
  const u = ids.unitId;
  const chairUser = ids.users.chair;
  // The history tables were written by the base generator and have no statistics yet.
  await pool.query(`ANALYZE "GroupMembership"; ANALYZE "MemberEvent"; ANALYZE "Member"; ANALYZE "Group";`);
  await pool.query(
    `INSERT INTO "RatingYear"(id, "unitId", year, "emulationYearId", status, "decisionMeetingId", "decisionRef", "decidedOn",
       "finalisedAt", "finalisedById", "publishedAt", "publishedById", "updatedAt")
     SELECT 'bry' || y, $1, y, 'bey' || y, CASE WHEN y < $2 THEN 'FINALISED' ELSE 'OPEN' END::"RatingYearStatus",
       CASE WHEN y < $2 THEN 'bmb-' || y || '-12' END, CASE WHEN y < $2 THEN 'Số: ' || lpad((40 + y % 7)::text, 2, '0') || '/NQ-CĐCS' END,
       CASE WHEN y < $2 THEN make_date(y, 12, 5) END, CASE WHEN y < $2 THEN make_timestamptz(y, 12, 6, 9, 0, 0, 'Asia/Ho_Chi_Minh') END,
       CASE WHEN y < $2 THEN $3 END, CASE WHEN y < $2 THEN make_timestamptz(y, 12, 8, 9, 0, 0, 'Asia/Ho_Chi_Minh') END, CASE WHEN y < $2 THEN $3 END, now()
     FROM generate_series(2017, $2) y`,
    [u, RATING_OPEN_YEAR, chairUser],
  );
  const crit = [
    ...DEFAULT_GROUP_CRITERIA.map((c) => ({ ...c, scope: "GROUP" })),
    ...DEFAULT_UNIT_CRITERIA.map((c) => ({ ...c, scope: "UNIT" })),
  ];
  await pool.query(
    `INSERT INTO "RatingCriterion"(id, "ratingYearId", scope, position, "groupName", content, "maxPoints", "updatedAt")
     SELECT 'brc' || y || '-' || t.scope || '-' || t.pos, 'bry' || y, t.scope::"CollectiveScope", t.pos, t.g, t.c, t.p, now()
     FROM generate_series(2017, $5) y,
       (SELECT s AS scope, g, c, p, row_number() OVER (PARTITION BY s ORDER BY n)::int AS pos
        FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) WITH ORDINALITY AS x(s, g, c, p, n)) t`,
    [
      crit.map((c) => c.scope),
      crit.map((c) => c.groupName),
      crit.map((c) => c.content),
      crit.map((c) => c.maxPoints),
      RATING_OPEN_YEAR,
    ],
  );
  await timed("họp tổ bình xét (GROUP_REVIEW)", () => reviewMeetings(pool, u));
  // Tổ bình xét: every tổ in the past years; in 2026 six tổ in ten have submitted, two are
  // reviewing (the big tổ among them), two have not opened theirs.
  await timed("GroupReview", () =>
    pool.query(
      `INSERT INTO "GroupReview"(id, "ratingYearId", "groupId", "meetingId", state, "presentCount", remarks, "submittedAt", "submittedById", "updatedAt")
     SELECT 'bgr' || y || '-' || g.id, 'bry' || y, g.id, mt.id, s.state::"GroupReviewState", pc.n,
       'Tổ thống nhất đề xuất xếp loại theo kết quả biểu quyết.', CASE WHEN s.state = 'SUBMITTED' THEN mt."startsAt" + interval '1 day' END,
       CASE WHEN s.state = 'SUBMITTED' THEN $3 END, now()
     FROM generate_series(2017, $2) y CROSS JOIN "Group" g
     CROSS JOIN LATERAL (SELECT substr(g.id, 3)::int AS k) gk
     CROSS JOIN LATERAL (SELECT CASE WHEN y < $2 THEN 'SUBMITTED' WHEN gk.k = 0 OR gk.k % 10 IN (6, 7) THEN 'DRAFT' WHEN gk.k % 10 < 6 THEN 'SUBMITTED' END AS state) s
     JOIN "Meeting" mt ON mt.id = 'bmg-' || y || '-4-' || (gk.k + 1)
     CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM "MeetingInvitee" i WHERE i."meetingId" = mt.id AND i.attendance = 'PRESENT') pc
     WHERE g."unitId" = $1 AND s.state IS NOT NULL`,
      [u, RATING_OPEN_YEAR, chairUser],
    ),
  );
  await timed("MemberRating", () =>
    bulkLoad(pool, ["MemberRating"], () =>
      pool.query(memberRatingSql, [
        u,
        RATING_OPEN_YEAR,
        L,
        EXCLUSION_TEXT.shortTime(10),
        EXCLUSION_TEXT.longLeave,
        EXCLUSION_TEXT.disciplined,
        EXCLUSION_TEXT.noRegistration,
        chairUser,
      ]),
    ),
  );
  await timed("tỉ lệ 20 % (UPDATE)", () => pool.query(quotaSql, [L[0], L[1], 20, 3]));
  await pool.query(
    `INSERT INTO "EmulationCommendation"(id, "unitId", name, level, "updatedAt") VALUES ('bcm1', $1, 'Giấy khen của CĐ cấp trên', 'Công đoàn cấp trên', now()) ON CONFLICT DO NOTHING`,
    [u],
  );
  await timed("CollectiveRating, CollectiveScore", async () => {
    for (const [sql, params] of collectiveSql(u, RATING_OPEN_YEAR, L, chairUser))
      await pool.query(sql, params);
  });
  await timed("TitleAward", () =>
    bulkLoad(pool, ["TitleAward"], () =>
      pool.query(titleAwardSql, [RATING_OPEN_YEAR, L[0], L[1], chairUser]),
    ),
  );
  await timed("ANALYZE", () =>
    pool.query(
      `ANALYZE "RatingYear"; ANALYZE "GroupReview"; ANALYZE "CollectiveRating"; ANALYZE "CollectiveScore"; ANALYZE "Meeting"`,
    ),
  );
};

/**
 * Each tổ's Q4 sinh hoạt (bench/seed/meetings.ts) is its bình xét: a GROUP_REVIEW meeting in
 * November. In 2026 the tổ that have opened their review have held it (marks taken), the others
 * have it planned for December.
 */
async function reviewMeetings(pool: Pool, u: string) {
  await pool.query(
    `UPDATE "Meeting" m SET type = 'GROUP_REVIEW', title = 'Họp tổ bình xét, đánh giá, xếp loại đoàn viên năm ' || m.year,
       "startsAt" = CASE WHEN k % 10 IN (8, 9) AND k <> 0 AND m.year = 2026 THEN m."startsAt" ELSE make_timestamptz(m.year, 11, 10 + k % 12, 16, 30, 0, 'Asia/Ho_Chi_Minh') END,
       status = CASE WHEN m.year < 2026 OR (k % 10 < 6 AND k <> 0) THEN 'MINUTES_SIGNED' WHEN k = 0 OR k % 10 IN (6, 7) THEN 'HELD' ELSE 'PLANNED' END::"MeetingStatus",
       "signedAt" = CASE WHEN m.year < 2026 OR (k % 10 < 6 AND k <> 0) THEN make_timestamptz(m.year, 11, 11 + k % 12, 9, 0, 0, 'Asia/Ho_Chi_Minh') END,
       "updatedAt" = now()
     FROM (SELECT id, substr("groupId", 3)::int AS k FROM "Meeting" WHERE "unitId" = $1 AND type = 'GROUP' AND id LIKE 'bmg-%-4-%') x
     WHERE m.id = x.id`,
    [u],
  );
  await pool.query(
    `UPDATE "MeetingInvitee" i SET attendance = CASE WHEN x.r < 0.9 THEN 'PRESENT' WHEN x.r < 0.97 THEN 'EXCUSED' ELSE 'ABSENT' END::"Attendance",
       "absenceReason" = CASE WHEN x.r >= 0.9 AND x.r < 0.97 THEN 'Ốm' END, "updatedAt" = now()
     FROM (SELECT j.id, (abs(hashtext(j.id)) % 1000) / 1000.0 AS r FROM "MeetingInvitee" j JOIN "Meeting" m ON m.id = j."meetingId"
           WHERE m."unitId" = $1 AND m.year = 2026 AND m.type = 'GROUP_REVIEW' AND m.status <> 'PLANNED') x
     WHERE i.id = x.id`,
    [u],
  );
}

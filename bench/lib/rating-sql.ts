// The set-based statements of bench/seed/rating.ts (kept here so that bench/seed.ts, which runs
// every file of bench/seed/, sees one generator). Ids are derived ('bmr<year>-<member>', …) so
// every statement joins by primary key.

// A stable pseudo-random number in [0, 1) per text.
const h = (expr: string) => `((abs(hashtext(${expr})) % 10000) / 10000.0::float8)`;
const END = `make_date(y, 12, 31)`;
const NEXT = `make_date(y + 1, 1, 1)`;
// Full calendar months in the unit up to 01/01 of the next year (lib/rating/refresh.ts).
const MONTHS = `((y + 1 - extract(year FROM j)::int) * 12 + 1 - extract(month FROM j)::int - CASE WHEN extract(day FROM j) > 1 THEN 1 ELSE 0 END)`;

/**
 * $1 unit, $2 open year, $3 level names (top first), $4–$7 exclusion texts, $8 chair user.
 * Past years: everyone in a tổ on 31/12 (their tổ then); the open year: every ACTIVE member in
 * their current tổ, as ensureMemberRatings does. Registration is required in the open year only:
 * the emulation bench gives past registrations to today's members, not to those who have left.
 */
export const memberRatingSql = `
  WITH pop AS (
    SELECT y, gm."memberId" AS mid, gm."groupId" AS gid FROM generate_series(2017, $2::int - 1) y
      JOIN "GroupMembership" gm ON gm."startOn" <= ${END} AND (gm."endOn" IS NULL OR gm."endOn" > ${END})
    UNION ALL
    SELECT $2::int, m.id, m."groupId" FROM "Member" m WHERE m."unitId" = $1 AND m.status = 'ACTIVE'
  ), base AS (
    SELECT p.y, p.mid, p.gid, m."joinedUnionOn" AS j, gr.state AS review, gr."presentCount" AS present, substr(p.gid, 3)::int AS k,
      ${h(`p.mid || p.y`)} AS r, ${h(`p.mid || 'v' || p.y`)} AS rv,
      CASE WHEN es."effectiveOn" <= make_date(p.y, 12, 31) THEN 'Nghỉ không lương từ ' || to_char(es."effectiveOn", 'DD/MM/YYYY') END AS leave,
      CASE WHEN ${h(`p.mid || 'kl' || p.y`)} < 0.005 THEN 'Khiển trách (Quyết định số ' || (1 + abs(hashtext(p.mid)) % 30) || '/QĐ-CĐCS)' END AS discipline,
      p.y = $2::int AND reg.id IS NULL AS noreg
    FROM pop p JOIN "Member" m ON m.id = p.mid
    LEFT JOIN "GroupReview" gr ON gr.id = 'bgr' || p.y || '-' || p.gid
    LEFT JOIN "MemberEvent" es ON es.id = 'es' || p.mid
    LEFT JOIN "EmulationRegistration" reg ON p.y = $2::int AND reg.id = 'ber' || p.y || '-' || p.mid AND reg.state = 'APPROVED'
  ), why AS (
    SELECT b.*, nullif(concat_ws('; ',
        CASE WHEN j < ${NEXT} AND ${MONTHS} < 10 THEN $4 END,
        CASE WHEN leave IS NOT NULL THEN $5 END, CASE WHEN discipline IS NOT NULL THEN $6 END, CASE WHEN noreg THEN $7 END), '') AS excluded
    FROM base b
  ), lv AS (
    SELECT w.*, CASE WHEN excluded IS NULL AND (review = 'SUBMITTED' OR (review = 'DRAFT' AND rv < 0.5))
      THEN ($3::text[])[CASE WHEN r < 0.16 THEN 1 WHEN r < 0.74 THEN 2 WHEN r < 0.97 THEN 3 ELSE 4 END] END AS proposed
    FROM why w
  )
  INSERT INTO "MemberRating"(id, "ratingYearId", "memberId", "groupId", "proposedLevel", "votesFor", "votesAgainst", "groupOpinion",
    "longLeaveNote", "disciplineNote", "excludedReason", "finalLevel", "decidedAt", "decidedById", "finalisedAt", "updatedAt")
  SELECT 'bmr' || y || '-' || mid, 'bry' || y, mid, gid, proposed,
    CASE WHEN proposed IS NOT NULL THEN greatest(present - (rv * 10)::int % 3, 0) END,
    CASE WHEN proposed IS NOT NULL THEN least((rv * 10)::int % 3, present) END,
    CASE WHEN proposed = ($3::text[])[4] THEN 'Chưa hoàn thành chỉ tiêu sản lượng được giao' WHEN proposed = ($3::text[])[1] THEN 'Tổ nhất trí đề nghị; có sáng kiến cải tiến thao tác' END,
    leave, discipline, excluded,
    CASE WHEN y < $2::int OR (review = 'SUBMITTED' AND k % 10 < 3) THEN proposed END,
    CASE WHEN proposed IS NOT NULL AND (y < $2::int OR (review = 'SUBMITTED' AND k % 10 < 3)) THEN make_timestamptz(y, 12, 5, 16, 0, 0, 'Asia/Ho_Chi_Minh') END,
    CASE WHEN proposed IS NOT NULL AND (y < $2::int OR (review = 'SUBMITTED' AND k % 10 < 3)) THEN $8 END,
    CASE WHEN y < $2::int THEN make_timestamptz(y, 12, 6, 9, 0, 0, 'Asia/Ho_Chi_Minh') END, now()
  FROM lv`;

/**
 * $1 top level, $2 the next, $3 quota %, $4 exceptions a year. The BCH holds the top level to
 * floor(basis × % / 100) of the CĐCS (moving the rest down one level keeps the basis), except for
 * $4 members a year kept over the quota with a written justification.
 */
export const quotaSql = `
  WITH c AS (
    SELECT "ratingYearId", (count(*) FILTER (WHERE "finalLevel" IN ($1, $2)) * $3::int) / 100 AS allowed FROM "MemberRating" GROUP BY 1
  ), r AS (
    SELECT id, "ratingYearId", row_number() OVER (PARTITION BY "ratingYearId" ORDER BY md5(id)) AS rk FROM "MemberRating" WHERE "finalLevel" = $1
  )
  UPDATE "MemberRating" t SET
    "finalLevel" = CASE WHEN r.rk > c.allowed + $4::int THEN $2 ELSE t."finalLevel" END,
    "exceptionReason" = CASE WHEN r.rk <= c.allowed + $4::int THEN 'Đạt giải Nhất Hội thi thợ giỏi cấp tỉnh; BCH biểu quyết xếp loại vượt tỉ lệ (13/15 đồng ý).' END
  FROM r JOIN c USING ("ratingYearId") WHERE t.id = r.id AND r.rk > c.allowed`;

const LEVEL_OF = (total: string) =>
  `($3::text[])[CASE WHEN ${total} >= 90 THEN 1 WHEN ${total} >= 70 THEN 2 WHEN ${total} >= 50 THEN 3 ELSE 4 END]`;

/** $1 unit, $2 open year, $3 level names, $4 chair user: tổ ratings (BCH level) and the CĐCS's (cấp trên thẩm định). */
export const collectiveSql = (
  u: string,
  openYear: number,
  levels: string[],
  chairUser: string,
): [string, unknown[]][] => [
  [
    `INSERT INTO "CollectiveRating"(id, "ratingYearId", scope, "subjectKey", "groupId", "selfSubmittedAt", "updatedAt")
   SELECT 'bcr' || y || '-' || g.id, 'bry' || y, 'GROUP'::"CollectiveScope", 'g:' || g.id, g.id, make_timestamptz(y, 11, 25, 9, 0, 0, 'Asia/Ho_Chi_Minh'), now()
   FROM generate_series(2017, $2::int) y CROSS JOIN "Group" g
   WHERE g."unitId" = $1 AND (y < $2::int OR substr(g.id, 3)::int % 10 < 6)
   UNION ALL
   SELECT 'bcr' || y || '-unit', 'bry' || y, 'UNIT'::"CollectiveScope", 'unit', NULL, make_timestamptz(y, 12, 10, 9, 0, 0, 'Asia/Ho_Chi_Minh'), now() FROM generate_series(2017, $2::int - 1) y`,
    [u, openYear],
  ],
  [
    `INSERT INTO "CollectiveScore"(id, "ratingId", "criterionId", "selfPoints", "reviewedPoints", "updatedAt")
   SELECT cr.id || '-' || c.position, cr.id, c.id, s.p, CASE WHEN cr.scope = 'UNIT' THEN greatest(s.p - abs(hashtext(c.id)) % 2, 0) END, now()
   FROM "CollectiveRating" cr JOIN "RatingCriterion" c ON c."ratingYearId" = cr."ratingYearId" AND c.scope = cr.scope
   CROSS JOIN LATERAL (SELECT greatest(c."maxPoints" - abs(hashtext(cr.id || c.id)) % 7, 0) AS p) s
   WHERE cr."ratingYearId" LIKE 'bry%'`,
    [],
  ],
  [
    `UPDATE "CollectiveRating" cr SET "selfTotal" = s.self, "selfLevel" = ${LEVEL_OF("s.self")},
     "finalLevel" = CASE WHEN ry.year < $2::int THEN ${LEVEL_OF("coalesce(s.reviewed, s.self)")} END,
     "reviewedTotal" = s.reviewed,
     "reviewRef" = CASE WHEN cr.scope = 'UNIT' THEN 'Số: ' || (40 + ry.year % 9) || '/QĐ-LĐLĐ' END,
     "reviewedOn" = CASE WHEN cr.scope = 'UNIT' THEN make_date(ry.year + 1, 1, 15) END,
     "decidedAt" = CASE WHEN ry.year < $2::int THEN make_timestamptz(ry.year, 12, 5, 16, 0, 0, 'Asia/Ho_Chi_Minh') END,
     "decidedById" = CASE WHEN ry.year < $2::int AND cr.scope = 'GROUP' THEN $4 END, "updatedAt" = now()
   FROM (SELECT "ratingId", sum("selfPoints")::int AS self, sum("reviewedPoints")::int AS reviewed FROM "CollectiveScore" GROUP BY 1) s, "RatingYear" ry
   WHERE cr.id = s."ratingId" AND ry.id = cr."ratingYearId" AND ry."unitId" = $1`,
    [u, openYear, levels, chairUser],
  ],
];

/**
 * $1 open year, $2 top level, $3 the next, $4 chair user. Past years: each title of an approved
 * registration is Đạt when the member (or tổ) was rated one of the two top levels, a few of the top
 * ones proposed for the cấp trên's giấy khen, Không đạt with the reason otherwise.
 */
export const titleAwardSql = `
  INSERT INTO "TitleAward"(id, "ratingYearId", "registrationId", "titleId", result, reason, "commendationId", "decidedById", "decidedAt", "updatedAt")
  SELECT 'bta' || substr(x.rid, 4) || '-' || x.tid, x.ry, x.rid, x.tid,
    CASE WHEN x.lvl = $2 AND ${h("x.rid")} < 0.08 THEN 'PROPOSED_HIGHER' WHEN x.lvl IN ($2, $3) THEN 'ACHIEVED' ELSE 'NOT_ACHIEVED' END::"TitleAwardResult",
    CASE WHEN x.lvl = $2 AND ${h("x.rid")} < 0.08 THEN 'Hoàn thành xuất sắc nhiệm vụ; có sáng kiến được Hội đồng công nhận'
         WHEN x.lvl IN ($2, $3) THEN NULL WHEN x.lvl IS NULL THEN 'Không xếp loại: ' || coalesce(x.excluded, 'chưa đánh giá') ELSE 'Xếp loại ' || x.lvl END,
    CASE WHEN x.lvl = $2 AND ${h("x.rid")} < 0.08 THEN 'bcm1' END, $4, make_timestamptz(x.y, 12, 15, 9, 0, 0, 'Asia/Ho_Chi_Minh'), now()
  FROM (
    SELECT r.id AS rid, t.tid, 'bry' || yy.y AS ry, yy.y, coalesce(mr."finalLevel", cr."finalLevel") AS lvl, mr."excludedReason" AS excluded
    FROM "EmulationRegistration" r CROSS JOIN LATERAL (SELECT substr(r."yearId", 4)::int AS y) yy
    CROSS JOIN LATERAL unnest(r."titleIds") AS t(tid)
    LEFT JOIN "MemberRating" mr ON mr.id = 'bmr' || yy.y || '-' || r."memberId"
    LEFT JOIN "CollectiveRating" cr ON cr.id = 'bcr' || yy.y || '-' || r."groupId"
    WHERE r."yearId" LIKE 'bey%' AND yy.y < $1::int AND r.state = 'APPROVED' AND (mr.id IS NOT NULL OR cr.id IS NOT NULL)
  ) x`;

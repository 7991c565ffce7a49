// Annual rating cases for the bench harness (60,000 members in 1,000 tổ, ten rating years from
// bench/seed/rating.ts): the BCH decision screen with its quota meter (issue target: first page
// under 200 ms of server time), the same filtered to the big tổ, the tổ review page of the big tổ
// for its tổ trưởng, and a member's own results. The raw() twins run the same reads in plain SQL.
import { rawActor } from "../lib/raw-common";
import type { BenchCase, BenchCtx, BenchPage } from "../lib/types";
import { RATING_OPEN_YEAR, ratingYearId } from "../seed/rating";

const YEAR = RATING_OPEN_YEAR;
const RY = ratingYearId(YEAR);
const EY = `bey${YEAR}`;

async function ok(res: Response) {
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const html = await res.text();
  if (!html.includes(String(YEAR))) throw new Error("Trang không có năm đánh giá");
}

/** The decision screen's reads: per-tổ counts, one page of 50 rows, and the meter's counts. */
async function rawDecision(ctx: BenchCtx, groupId?: string) {
  const { pool, ids } = ctx;
  await rawActor(pool, ids.users.chair, ids.unitId);
  const where = groupId ? `mr."ratingYearId" = $1 AND mr."groupId" = $2` : `mr."ratingYearId" = $1`;
  const params = groupId ? [RY, groupId] : [RY];
  const per = await pool.query<{ groupId: string; n: number }>(
    `SELECT mr."groupId", count(*)::int AS n FROM "MemberRating" mr JOIN "Group" g ON g.id = mr."groupId" WHERE ${where} GROUP BY mr."groupId", g.name ORDER BY g.name, mr."groupId"`,
    params,
  );
  const picked: string[] = [];
  let seen = 0;
  for (const g of per.rows) {
    if (seen < 50) picked.push(g.groupId);
    seen += g.n;
  }
  await Promise.all([
    pool.query(
      `SELECT mr.id, m."fullName", g.name, sa."proposedLevel", sa."totalPoints", mr."proposedLevel", mr."votesFor", mr."votesAgainst", mr."excludedReason", mr."finalLevel", mr."exceptionReason"
       FROM "MemberRating" mr JOIN "Member" m ON m.id = mr."memberId" JOIN "Group" g ON g.id = mr."groupId"
       LEFT JOIN "EmulationSelfAssessment" sa ON sa."yearId" = $2 AND sa."memberId" = mr."memberId" AND sa.state = 'SUBMITTED'
       WHERE mr."ratingYearId" = $1 AND mr."groupId" = ANY($3::text[]) ORDER BY g.name, mr."groupId", m."sortName", mr.id LIMIT 50`,
      [RY, EY, picked],
    ),
    pool.query(
      `SELECT "finalLevel", "excludedReason" IS NOT NULL, "exceptionReason" IS NOT NULL, count(*) FROM "MemberRating" WHERE "ratingYearId" = $1 GROUP BY 1, 2, 3`,
      [RY],
    ),
    groupId
      ? pool.query(
          `SELECT "finalLevel", count(*) FROM "MemberRating" WHERE "ratingYearId" = $1 AND "groupId" = $2 AND "excludedReason" IS NULL GROUP BY 1`,
          [RY, groupId],
        )
      : Promise.resolve(),
  ]);
}

export const ratingCases: BenchCase[] = [
  {
    name: `Xếp loại ${YEAR}: màn hình quyết định của BCH (trang 1, thước đo tỉ lệ)`,
    kind: "list",
    targetP95Ms: 200,
    run: async (c) => ok(await c.get(`/rating?year=${YEAR}`, "chair")),
    raw: (c) => rawDecision(c),
  },
  {
    name: `Xếp loại ${YEAR}: quyết định, lọc theo tổ lớn (240 người)`,
    kind: "list",
    targetP95Ms: 200,
    run: async (c) => ok(await c.get(`/rating?year=${YEAR}&groupId=${c.ids.groupIds[0]}`, "chair")),
    raw: (c) => rawDecision(c, c.ids.groupIds[0]),
  },
  {
    name: `Xếp loại ${YEAR}: tổ bình xét, tổ lớn (tổ trưởng)`,
    kind: "detail",
    targetP95Ms: 200,
    run: async (c) => ok(await c.get(`/rating/groups/${c.ids.groupIds[0]}?year=${YEAR}`, "leader")),
    raw: async ({ pool, ids }) => {
      await rawActor(pool, ids.users.leader, ids.unitId);
      const g = ids.groupIds[0];
      await Promise.all([
        pool.query(
          `SELECT gr.*, m.title, m.status FROM "GroupReview" gr LEFT JOIN "Meeting" m ON m.id = gr."meetingId" WHERE gr."ratingYearId" = $1 AND gr."groupId" = $2`,
          [RY, g],
        ),
        pool.query(
          `SELECT id, "groupName", content, "maxPoints" FROM "EmulationCriterion" WHERE "yearId" = $1 ORDER BY position`,
          [EY],
        ),
        pool.query(`SELECT count(*) FROM "MemberRating" WHERE "ratingYearId" = $1 AND "groupId" = $2`, [
          RY,
          g,
        ]),
        pool.query(
          `SELECT mr.*, m."fullName", sa.id AS sa, sa."totalPoints", sa."proposedLevel" AS self, (SELECT json_agg(s.*) FROM "EmulationScore" s WHERE s."assessmentId" = sa.id) AS scores
           FROM "MemberRating" mr JOIN "Member" m ON m.id = mr."memberId"
           LEFT JOIN "EmulationSelfAssessment" sa ON sa."yearId" = $3 AND sa."memberId" = mr."memberId"
           WHERE mr."ratingYearId" = $1 AND mr."groupId" = $2 ORDER BY m."sortName", mr.id LIMIT 30`,
          [RY, g, EY],
        ),
      ]);
    },
  },
  {
    name: "Kết quả xếp loại của tôi (đoàn viên, 10 năm)",
    kind: "detail",
    targetP95Ms: 150,
    run: async (c) => {
      const res = await c.get("/me/rating", "member");
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      await res.text();
    },
    raw: async ({ pool, ids }) => {
      await rawActor(pool, ids.users.member, ids.unitId);
      await pool.query(
        `SELECT ry.year, ry."publishedAt", mr."finalLevel", mr."excludedReason" FROM "RatingYear" ry
         LEFT JOIN "MemberRating" mr ON mr."ratingYearId" = ry.id AND mr."memberId" = $2 WHERE ry."unitId" = $1 ORDER BY ry.year DESC`,
        [ids.unitId, ids.memberIdOf.member],
      );
    },
  },
];

export const pages: BenchPage[] = [
  { name: "Kết quả xếp loại của tôi", path: "/me/rating", as: "member", memberFacing: true },
  { name: "Quyết định xếp loại (BCH)", path: `/rating?year=${YEAR}`, as: "chair" },
  {
    name: "Tổ bình xét (tổ trưởng)",
    path: (ids) => `/rating/groups/${ids.groupIds[0]}?year=${YEAR}`,
    as: "leader",
  },
];

// Welfare cases for the bench harness: the year summary and the first page of the visit list,
// each under 150 ms at p95 with 100,000 visits (bench/seed/welfare.ts).
import type { BenchCase } from "../lib/types";

const YEAR = 2026;

export const welfareCases: BenchCase[] = [
  {
    name: `Tổng hợp thăm hỏi năm ${YEAR}`,
    kind: "report",
    targetP95Ms: 150,
    run: async (ctx) => {
      const res = await ctx.get(`/welfare/summary?year=${YEAR}`, "chair");
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
    },
    raw: async ({ pool, ids }) => {
      await pool.query(
        `SELECT "categoryId", fund, COUNT(*), SUM(amount) FROM "WelfareVisit" WHERE "unitId" = $1 AND "eventOn" >= $2 AND "eventOn" < $3 AND state <> 'CANCELLED' GROUP BY GROUPING SETS (("categoryId"), (fund), ())`,
        [ids.unitId, `${YEAR}-01-01`, `${YEAR + 1}-01-01`],
      );
    },
  },
  {
    name: "Danh sách thăm hỏi (trang 1)",
    kind: "list",
    targetP95Ms: 150,
    run: async (ctx) => {
      const res = await ctx.get(`/welfare?year=${YEAR}`, "chair");
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
    },
    raw: async ({ pool, ids }) => {
      await pool.query(
        `SELECT v.id FROM "WelfareVisit" v WHERE v."unitId" = $1 AND v."eventOn" >= $2 AND v."eventOn" < $3 ORDER BY v."eventOn" DESC, v.id DESC LIMIT 20`,
        [ids.unitId, `${YEAR}-01-01`, `${YEAR + 1}-01-01`],
      );
    },
  },
  {
    name: "Tìm thăm hỏi theo tên (không dấu)",
    kind: "search",
    targetP95Ms: 150,
    run: async (ctx) => {
      const res = await ctx.get(`/welfare?year=${YEAR}&q=nguyen`, "chair");
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
    },
  },
];

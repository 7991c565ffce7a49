// Money cases for the bench harness (issue 16), on the data of bench/seed/fund.ts and
// bench/seed/dues.ts: the fund's yearly report and the cash book (a page), the dues ledger of the
// unit's month (BCH; the last month and an old one of the ten years), a tổ's month (tổ trưởng, on the
// 240-member tổ) and a member's dues (2026 and 2017: each reads the member's ten years for the balance).
// The 60,000-row payroll import is timed by bench/money.ts (it writes, so not 30 times over).
import type { BenchCase, BenchPage } from "../lib/types";

const YEAR = 2026;
const MONTH = "2026-11";
/** An old month and year of the ten years of đoàn phí (bench/seed/dues.ts: 01/2017–11/2026). */
const OLD_MONTH = "2019-03";
const OLD_YEAR = 2017;
const ok = (res: Response) => {
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
};

export const moneyCases: BenchCase[] = [
  {
    name: `Báo cáo thu chi năm ${YEAR} (trang in)`,
    kind: "report",
    targetP95Ms: 150,
    run: async (ctx) => ok(await ctx.get(`/print/finance/report?year=${YEAR}`, "chair")),
    raw: async ({ pool, ids }) => {
      await pool.query(
        `SELECT "categoryId", SUM(amount) FROM derived."FundMonthTotal" WHERE "unitId" = $1 AND month >= $2 AND month < $3 GROUP BY 1`,
        [ids.unitId, `${YEAR}-01-01`, `${YEAR + 1}-01-01`],
      );
    },
  },
  {
    name: `Sổ quỹ tiền mặt năm ${YEAR} (trang 1)`,
    kind: "list",
    targetP95Ms: 150,
    run: async (ctx) => ok(await ctx.get(`/finance/books?year=${YEAR}&account=CASH`, "chair")),
  },
  {
    name: `Sổ thu đoàn phí tháng ${MONTH} (BCH, trang 1)`,
    kind: "list",
    targetP95Ms: 150,
    run: async (ctx) => ok(await ctx.get(`/finance/dues?month=${MONTH}`, "chair")),
  },
  {
    name: `Sổ thu đoàn phí tháng ${OLD_MONTH} (tháng cũ, BCH, trang 1)`,
    kind: "list",
    targetP95Ms: 150,
    run: async (ctx) => ok(await ctx.get(`/finance/dues?month=${OLD_MONTH}`, "chair")),
  },
  {
    name: `Thu đoàn phí của tổ tháng ${MONTH} (tổ trưởng)`,
    kind: "list",
    targetP95Ms: 150,
    run: async (ctx) => ok(await ctx.get(`/finance/dues/group?month=${MONTH}`, "leader")),
  },
  {
    name: `Đoàn phí của một đoàn viên năm ${YEAR}`,
    kind: "detail",
    targetP95Ms: 150,
    run: async (ctx) =>
      ok(await ctx.get(`/finance/dues/members/${ctx.ids.memberIdOf.member}?year=${YEAR}`, "chair")),
  },
  {
    name: `Đoàn phí của một đoàn viên năm ${OLD_YEAR} (mười năm)`,
    kind: "detail",
    targetP95Ms: 150,
    run: async (ctx) =>
      ok(await ctx.get(`/finance/dues/members/${ctx.ids.memberIdOf.member}?year=${OLD_YEAR}`, "chair")),
  },
  {
    name: "Đoàn phí của tôi",
    kind: "detail",
    targetP95Ms: 150,
    run: async (ctx) => ok(await ctx.get(`/me/dues`, "member")),
  },
];

export const pages: BenchPage[] = [
  { name: "Đoàn phí của tôi", path: "/me/dues", as: "member", memberFacing: true },
];

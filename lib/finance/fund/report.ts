import "server-only";
// BÁO CÁO THU, CHI TÀI CHÍNH CĐCS for a quarter or a year: thu by source, chi by category, each with
// the year's dự toán, the period's thực hiện and the year to date; opening and closing balances by
// account. Every figure is summed from FundEntry (through its stored month sums) and FundBudget rows,
// the same ones the screens show.
import { db } from "@/lib/db";
import type { Account, Direction } from "../labels";
import { type Period, periodOf } from "./period";

export type ReportLine = {
  code: string;
  name: string;
  direction: Direction;
  budget: number | null;
  period: number;
  yearToDate: number;
};

export type FundReport = {
  period: Period;
  lines: ReportLine[];
  income: { budget: number; period: number; yearToDate: number };
  spending: { budget: number; period: number; yearToDate: number };
  opening: Record<Account | "TOTAL", number>;
  closing: Record<Account | "TOTAL", number>;
  notes: { id: string; periodFrom: Date; periodTo: Date; note: string; createdAt: Date }[];
};

export async function getFundReport(
  unitId: string,
  year: number,
  quarter: number | null,
): Promise<FundReport> {
  const period = periodOf(year, quarter);
  const yearStart = new Date(Date.UTC(year, 0, 1));
  // Both from the stored month sums (derived."FundMonthTotal", kept exact by triggers on FundEntry):
  // periods are whole months, so no entry is read. The year's sums by category up to the period's
  // end; the balances by account before the period and before its end.
  const [rows, balances, notes] = await Promise.all([
    db.$queryRaw<
      {
        code: string;
        name: string;
        direction: Direction;
        budget: bigint | null;
        period: bigint;
        ytd: bigint;
      }[]
    >`
      WITH s AS (
        SELECT t."categoryId", SUM(t.amount) FILTER (WHERE t.month >= ${period.from}) AS period, SUM(t.amount) AS ytd
        FROM derived."FundMonthTotal" t
        WHERE t."unitId" = ${unitId} AND t.month >= ${yearStart} AND t.month < ${period.to}
        GROUP BY 1
      ), b AS (
        SELECT "categoryId", SUM(amount) AS budget FROM "FundBudget" WHERE "unitId" = ${unitId} AND year = ${year} GROUP BY 1
      )
      SELECT c.code, c.name, c.direction::text AS direction, b.budget::bigint AS budget,
             COALESCE(s.period, 0)::bigint AS period, COALESCE(s.ytd, 0)::bigint AS ytd
      FROM "FundCategory" c LEFT JOIN s ON s."categoryId" = c.id LEFT JOIN b ON b."categoryId" = c.id
      WHERE c."unitId" = ${unitId}
      ORDER BY c.direction, c."sortOrder", c.name`,
    db.$queryRaw<{ account: Account; opening: bigint; closing: bigint }[]>`
      SELECT account::text AS account,
        COALESCE(SUM(CASE WHEN direction = 'IN' THEN amount ELSE -amount END) FILTER (WHERE month < ${period.from}), 0)::bigint AS opening,
        COALESCE(SUM(CASE WHEN direction = 'IN' THEN amount ELSE -amount END), 0)::bigint AS closing
      FROM derived."FundMonthTotal" WHERE "unitId" = ${unitId} AND month < ${period.to}
      GROUP BY account`,
    db.fundInspectionNote.findMany({
      where: { unitId, periodFrom: { lt: period.to }, periodTo: { gte: period.from } },
      orderBy: { createdAt: "asc" },
      select: { id: true, periodFrom: true, periodTo: true, note: true, createdAt: true },
    }),
  ]);
  const bal = (a: Account, k: "opening" | "closing") =>
    Number(balances.find((b) => b.account === a)?.[k] ?? 0);
  const [oc, ob, cc, cb] = [
    bal("CASH", "opening"),
    bal("BANK", "opening"),
    bal("CASH", "closing"),
    bal("BANK", "closing"),
  ];
  const lines: ReportLine[] = rows.map((r) => ({
    code: r.code,
    name: r.name,
    direction: r.direction,
    budget: r.budget === null ? null : Number(r.budget),
    period: Number(r.period),
    yearToDate: Number(r.ytd),
  }));
  const total = (d: Direction) => {
    const ls = lines.filter((l) => l.direction === d);
    return {
      budget: ls.reduce((s, l) => s + (l.budget ?? 0), 0),
      period: ls.reduce((s, l) => s + l.period, 0),
      yearToDate: ls.reduce((s, l) => s + l.yearToDate, 0),
    };
  };
  return {
    period,
    lines,
    income: total("IN"),
    spending: total("OUT"),
    opening: { CASH: oc, BANK: ob, TOTAL: oc + ob },
    closing: { CASH: cc, BANK: cb, TOTAL: cc + cb },
    notes,
  };
}

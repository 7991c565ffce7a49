import "server-only";
// BÁO CÁO THU, CHI TÀI CHÍNH CĐCS for a quarter or a year: thu by source, chi by category, each with
// the year's dự toán, the period's thực hiện and the year to date; opening and closing balances by
// account. Every figure is summed from FundEntry and FundBudget rows, the same ones the screens show.
import { db } from "@/lib/db";
import type { Account, Direction } from "../labels";
import { type Period, periodOf } from "./period";
import { balanceBefore } from "./totals";

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
  const [rows, oc, ob, cc, cb, notes] = await Promise.all([
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
      SELECT c.code, c.name, c.direction::text AS direction,
        (SELECT SUM(b.amount) FROM "FundBudget" b WHERE b."categoryId" = c.id AND b.year = ${year})::bigint AS budget,
        COALESCE((SELECT SUM(e.amount) FROM "FundEntry" e WHERE e."categoryId" = c.id
          AND e.date >= ${period.from} AND e.date < ${period.to}), 0)::bigint AS period,
        COALESCE((SELECT SUM(e.amount) FROM "FundEntry" e WHERE e."categoryId" = c.id
          AND e.date >= ${yearStart} AND e.date < ${period.to}), 0)::bigint AS ytd
      FROM "FundCategory" c WHERE c."unitId" = ${unitId}
      ORDER BY c.direction, c."sortOrder", c.name`,
    balanceBefore(unitId, period.from, "CASH"),
    balanceBefore(unitId, period.from, "BANK"),
    balanceBefore(unitId, period.to, "CASH"),
    balanceBefore(unitId, period.to, "BANK"),
    db.fundInspectionNote.findMany({
      where: { unitId, periodFrom: { lt: period.to }, periodTo: { gte: period.from } },
      orderBy: { createdAt: "asc" },
      select: { id: true, periodFrom: true, periodTo: true, note: true, createdAt: true },
    }),
  ]);
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

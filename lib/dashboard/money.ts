import "server-only";
// The money on the year dashboard (issue 19: "the money once the finance issue lands"): the fund from
// 1 January to today (opening, thu, chi, balance now, cash and bank) from the same functions as the
// fund's report, so the tile and the paper cannot disagree; and đoàn phí collected for the months of
// the calendar year up to this one (the month sums derived."DuesPaymentMonth" keeps, decision 0102),
// this month's, and what was remitted to the cấp trên this year.
// A unit that does not collect đoàn phí (fully state-funded, from 01/6/2025) is told so, not "0 ₫".
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { notCollectedSince } from "@/lib/finance/dues/collect-stop";
import { loadDuesSettings } from "@/lib/finance/dues/facts";
import { balanceBefore, fundTotals } from "@/lib/finance/fund/totals";

export type MoneySummary = {
  year: number;
  /** The last day counted (today). */
  through: Date;
  fund: { opening: number; income: number; spending: number; closing: number; cash: number; bank: number };
  dues: {
    collected: number;
    thisMonth: number;
    remitted: number;
    /** Set when the unit does not collect đoàn phí (fully funded by the state): since when, if known. */
    notCollected: { since: Date | null } | null;
  };
};

const DAY = 86_400_000;

export async function moneySummary(unitId: string): Promise<MoneySummary> {
  const today = clock.today();
  const year = today.getUTCFullYear();
  const from = new Date(Date.UTC(year, 0, 1));
  const tomorrow = new Date(today.getTime() + DAY);
  const [fund, cash, bank, dues, stored] = await Promise.all([
    fundTotals(unitId, from, tomorrow),
    balanceBefore(unitId, tomorrow, "CASH"),
    balanceBefore(unitId, tomorrow, "BANK"),
    duesCollected(unitId, year, today),
    loadDuesSettings(unitId),
  ]);
  const stop = notCollectedSince(stored, clock.todayIso());
  return {
    year,
    through: today,
    fund: {
      opening: fund.opening,
      income: fund.income,
      spending: fund.spending,
      closing: fund.closing,
      cash,
      bank,
    },
    dues: {
      ...dues,
      notCollected: stop === null ? null : { since: stop ? new Date(`${stop}T00:00:00.000Z`) : null },
    },
  };
}

async function duesCollected(unitId: string, year: number, today: Date) {
  const jan = new Date(Date.UTC(year, 0, 1));
  const month = new Date(Date.UTC(year, today.getUTCMonth(), 1));
  const [row] = await db.$queryRaw<{ collected: bigint; this_month: bigint; remitted: bigint }[]>`
    SELECT
      (SELECT COALESCE(SUM(amount), 0) FROM derived."DuesPaymentMonth"
        WHERE "unitId" = ${unitId} AND month >= ${jan} AND month <= ${month})::bigint AS collected,
      (SELECT COALESCE(SUM(amount), 0) FROM derived."DuesPaymentMonth"
        WHERE "unitId" = ${unitId} AND month = ${month})::bigint AS this_month,
      (SELECT COALESCE(SUM(amount), 0) FROM "DuesRemittance"
        WHERE "unitId" = ${unitId} AND "paidOn" >= ${jan} AND "paidOn" <= ${today})::bigint AS remitted`;
  return {
    collected: Number(row.collected),
    thisMonth: Number(row.this_month),
    remitted: Number(row.remitted),
  };
}

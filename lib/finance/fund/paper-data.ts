import "server-only";
// The fund's papers from the request's ?year=&quarter=&account=: one place for pages and routes.
import { bchSigners } from "@/lib/document/issue";
import { getBook } from "./books";
import { bookPaper, reportPaper, voucherPaper } from "./papers";
import { periodOf } from "./period";
import { getEntry, reportUnit } from "./queries";
import { getFundReport } from "./report";

export async function reportPaperData(unitId: string, year: number, quarter: number | null) {
  const [report, unit, signers] = await Promise.all([
    getFundReport(unitId, year, quarter),
    reportUnit(unitId),
    bchSigners(unitId),
  ]);
  return { report, unit, paper: reportPaper(report, unit, signers.chair) };
}

export async function bookPaperData(
  unitId: string,
  account: "CASH" | "BANK",
  year: number,
  quarter: number | null,
) {
  const period = periodOf(year, quarter);
  const [book, unit, signers] = await Promise.all([
    getBook(unitId, account, period.from, period.to),
    reportUnit(unitId),
    bchSigners(unitId),
  ]);
  return { book, unit, period, paper: bookPaper(book, unit, signers.chair, period.label) };
}

export async function voucherPaperData(unitId: string, id: string) {
  const [entry, unit, signers] = await Promise.all([
    getEntry(unitId, id),
    reportUnit(unitId),
    bchSigners(unitId),
  ]);
  if (!entry) return null;
  return {
    entry,
    paper: voucherPaper(
      {
        direction: entry.direction,
        voucherNo: entry.voucherNo,
        voucherYear: entry.voucherYear,
        date: entry.date,
        account: entry.account,
        amount: entry.amount,
        description: entry.description,
        categoryName: entry.category.name,
        reversesNo: entry.reverses ? `${entry.reverses.voucherNo}/${entry.reverses.voucherYear}` : null,
      },
      unit,
      signers.chair,
    ),
  };
}

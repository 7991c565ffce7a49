// The payroll deduction list a bench imports (bench/money.ts, bench/dues-import.ts): `rows` rows
// for DUES_IMPORT_MONTH over the members with a số thẻ, then the month after once every member has
// a row, the amount of row i given by the caller; streamed with exceljs. Also what both benches ask
// of it: the members it names, their 0,5 % and the day the list is paid.
import ExcelJS from "exceljs";
import type pg from "pg";
import { DUES_IMPORT_MONTH } from "../seed/dues";

export async function writePayrollFile(
  file: string,
  members: { card: string; name: string }[],
  rows: number,
  amountOf: (i: number) => number,
): Promise<{ sum: number }> {
  const [y, m] = DUES_IMPORT_MONTH.split("-").map(Number);
  const next = m === 12 ? `01/${y + 1}` : `${String(m + 1).padStart(2, "0")}/${y}`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: false,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet("Trích lương");
  ws.addRow([`DANH SÁCH TRÍCH ĐOÀN PHÍ QUA LƯƠNG THÁNG ${m}/${y}`]).commit();
  ws.addRow(["STT", "Số thẻ", "Họ và tên", "Tháng", "Số tiền"]).commit();
  let sum = 0;
  for (let i = 0; i < rows; i++) {
    const who = members[i % members.length];
    const month = i < members.length ? `${String(m).padStart(2, "0")}/${y}` : next;
    sum += amountOf(i);
    ws.addRow([i + 1, who.card, who.name, month, amountOf(i)]).commit();
  }
  await wb.commit();
  return { sum };
}

/** The members a payroll list names: the unit's active ones with a số thẻ, by số thẻ, with their BHXH salary. */
export async function payrollMembers(pool: pg.Pool, unitId: string) {
  return (
    await pool.query<{ card: string; name: string; salary: number }>(
      `SELECT "cardNumber" AS card, "fullName" AS name, "insuranceSalary" AS salary FROM "Member"
       WHERE "unitId" = $1 AND status = 'ACTIVE' AND "cardNumber" IS NOT NULL ORDER BY "cardNumber"`,
      [unitId],
    )
  ).rows;
}

/** A member's row on the list: 0,5 % of the BHXH salary, rounded to the đồng. */
export const halfPercentOf = (salary: number) => Math.floor((salary * 50 + 5_000) / 10_000);

/** The day the list is paid: the 25th of DUES_IMPORT_MONTH. */
export function payrollPaidOn() {
  const [y, m] = DUES_IMPORT_MONTH.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, 25));
}

// Pure: the payroll deduction list's header and rows → checked rows. Unit-tested; the upload
// (upload-dues-import.ts) hands in the lookups it read from the database.
import { toSearchText } from "@/lib/format";
import { parseDong } from "@/lib/validation";
import { normalizeMonth } from "../schema";

export type PayrollField = "card" | "name" | "month" | "amount";
export type PayrollRow = {
  rowNo: number;
  card: string;
  name: string;
  month: string;
  amount: number;
  memberId: string | null;
  errors: string[];
};

const HEADERS: [PayrollField, RegExp][] = [
  ["card", /^(số thẻ|mã đoàn viên|số thẻ đoàn viên|mã số)/],
  ["name", /^(họ và tên|họ tên)/],
  ["month", /^(tháng|kỳ)/],
  ["amount", /^(số tiền|đoàn phí|tiền đoàn phí|số tiền trích)/],
];

export function fieldOfPayrollHeader(text: string): PayrollField | null {
  const t = text.trim().toLowerCase();
  return HEADERS.find(([, re]) => re.test(t))?.[0] ?? null;
}

/** The header row among the first 30 and where each field sits, or null. */
export function findPayrollHeader(
  rows: { cells: string[] }[],
): { index: number; at: Record<PayrollField, number> } | null {
  for (let i = 0; i < Math.min(rows.length, 30); i++) {
    const at: Partial<Record<PayrollField, number>> = {};
    rows[i].cells.forEach((c, col) => {
      const f = fieldOfPayrollHeader(c);
      if (f && at[f] === undefined) at[f] = col;
    });
    if ((at.card !== undefined || at.name !== undefined) && at.month !== undefined && at.amount !== undefined)
      return { index: i, at: { card: -1, name: -1, ...at } as Record<PayrollField, number> };
  }
  return null;
}

/** A month cell: "03/2026", "2026-03", or a date cell read as "dd/mm/yyyy" (its month). */
export function monthOfCell(text: string): string | null {
  const s = text.trim();
  const date = /^\d{1,2}\/(\d{1,2})\/(\d{4})$/.exec(s);
  return date ? normalizeMonth(`${date[1]}/${date[2]}`) : normalizeMonth(s);
}

export type PayrollLookups = {
  byCard: ReadonlyMap<string, { id: string; searchName: string }>;
  /** searchName → member ids (more than one: the name alone cannot say who). */
  byName: ReadonlyMap<string, string[]>;
  /** "memberId|yyyy-MM" already paid by payroll (net of reversals). */
  paidByPayroll: ReadonlySet<string>;
};

export function checkPayrollRows(
  rows: { rowNo: number; cells: string[] }[],
  at: Record<PayrollField, number>,
  lookups: PayrollLookups,
): PayrollRow[] {
  const seen = new Set<string>();
  const cell = (cells: string[], f: PayrollField) => (at[f] >= 0 ? (cells[at[f]] ?? "").trim() : "");
  return rows.map(({ rowNo, cells }) => {
    const errors: string[] = [];
    const card = cell(cells, "card");
    const name = cell(cells, "name");
    const month = monthOfCell(cell(cells, "month"));
    const amount = parseDong(cell(cells, "amount"), 100_000_000);
    let memberId: string | null = null;
    if (card) {
      const hit = lookups.byCard.get(card);
      if (!hit) errors.push(`Không có đoàn viên số thẻ ${card}.`);
      else if (name && toSearchText(name) !== hit.searchName)
        errors.push(`Số thẻ ${card} không phải của “${name}”.`);
      else memberId = hit.id;
    } else if (name) {
      const ids = lookups.byName.get(toSearchText(name)) ?? [];
      if (ids.length === 1) memberId = ids[0];
      else if (ids.length === 0) errors.push(`Không tìm thấy đoàn viên “${name}”.`);
      else errors.push(`Có ${ids.length} đoàn viên tên “${name}”: ghi thêm số thẻ.`);
    } else errors.push("Thiếu số thẻ hoặc họ tên.");
    if (!month) errors.push("Tháng không hợp lệ (mm/yyyy).");
    if (amount === null || amount <= 0) errors.push("Số tiền phải là số đồng lớn hơn 0.");
    if (memberId && month) {
      const key = `${memberId}|${month}`;
      if (lookups.paidByPayroll.has(key))
        errors.push(`Tháng ${month.slice(5)}/${month.slice(0, 4)} đã trích lương, không nhập lại.`);
      else if (seen.has(key)) errors.push("Trùng đoàn viên và tháng với một dòng phía trên.");
      seen.add(key);
    }
    return { rowNo, card, name, month: month ?? "", amount: amount ?? 0, memberId, errors };
  });
}

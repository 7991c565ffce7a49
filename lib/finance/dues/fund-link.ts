import "server-only";
// Where đoàn phí money enters or leaves the CĐCS's fund: the only place dues code touches the fund,
// through the fund's one entry point, recordFundEntry (decisions 0075, 0076). Money collected is a
// phiếu thu of DUES; the cấp trên's share sent is a phiếu chi of DUES_REMIT; a payment reversed after
// it reached the fund lowers the đoàn phí collected (a negative phiếu thu of DUES), so the report's
// "thu đoàn phí" is what was really kept. A sum larger than one phiếu may hold (a whole unit's payroll
// list, a quarter's share: decision 0085) is written as consecutive parts of at most 2 tỷ đ (split-amount.ts).
import type { Tx } from "@/lib/db";
import { splitAmount } from "./split-amount";
import { recordFundEntry } from "../fund/record-entry";

/** FundEntryInput (lib/finance/fund/record-entry.ts) as the dues ledger writes it. */
export type DuesFundEntry = {
  unitId: string;
  date: Date;
  /** OUT with DUES: money handed back; OUT with DUES_REMIT: the share sent. */
  direction: "IN" | "OUT";
  account: "CASH" | "BANK";
  category: "DUES" | "DUES_REMIT";
  /** Whole đồng, > 0; may exceed 2^31 (then several parts). */
  amount: number | bigint;
  voucherNo?: string | null;
  description: string;
  source?: { kind: "dues_collection" | "dues_remittance"; id: string } | null;
  /** The signed-in user's id (the audit row names the user). */
  actorId: string;
};

export async function postDuesToFund(tx: Tx, input: DuesFundEntry): Promise<{ id: string } | null> {
  if (typeof input.amount === "number" && !Number.isSafeInteger(input.amount)) return null;
  const parts = splitAmount(BigInt(input.amount));
  if (!parts.length) return null;
  const lowers = input.category === "DUES" && input.direction === "OUT";
  let first: { id: string } | null = null;
  for (const [i, amount] of parts.entries()) {
    const many = parts.length > 1;
    const entry = {
      ...input,
      direction: lowers ? ("IN" as const) : input.direction,
      amount,
      voucherNo: input.voucherNo && many ? `${input.voucherNo}-${i + 1}` : input.voucherNo,
      description: many ? `${input.description} (phần ${i + 1}/${parts.length})` : input.description,
    };
    const row = await recordFundEntry(tx, entry, lowers ? { lowers: true } : {});
    first ??= row;
  }
  return first;
}

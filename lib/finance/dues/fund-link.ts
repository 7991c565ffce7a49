import "server-only";
// Where đoàn phí money enters or leaves the CĐCS's fund: the only place dues code touches the fund,
// through the fund's one entry point, recordFundEntry (decisions 0075, 0076). Money collected is a
// phiếu thu of DUES; the cấp trên's share sent is a phiếu chi of DUES_REMIT; a payment reversed after
// it reached the fund lowers the đoàn phí collected (a negative phiếu thu of DUES), so the report's
// "thu đoàn phí" is what was really kept.
import type { Tx } from "@/lib/db";
import { recordFundEntry } from "../fund/record-entry";

/** FundEntryInput (lib/finance/fund/record-entry.ts) as the dues ledger writes it. */
export type DuesFundEntry = {
  unitId: string;
  date: Date;
  /** OUT with DUES: money handed back; OUT with DUES_REMIT: the share sent. */
  direction: "IN" | "OUT";
  account: "CASH" | "BANK";
  category: "DUES" | "DUES_REMIT";
  /** Whole đồng, > 0. */
  amount: number;
  voucherNo?: string | null;
  description: string;
  source?: { kind: "dues_collection" | "dues_remittance"; id: string } | null;
  /** The signed-in user's id (the audit row names the user). */
  actorId: string;
};

export async function postDuesToFund(tx: Tx, input: DuesFundEntry): Promise<{ id: string } | null> {
  if (!Number.isInteger(input.amount) || input.amount <= 0) return null;
  if (input.category === "DUES" && input.direction === "OUT")
    return recordFundEntry(tx, { ...input, direction: "IN" }, { lowers: true });
  return recordFundEntry(tx, input);
}

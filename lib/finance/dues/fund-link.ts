import "server-only";
// Where đoàn phí money enters or leaves the CĐCS's fund. The fund's one entry point is
// recordFundEntry (lib/finance/fund/record-entry.ts, the other finance branch; the contract between the
// two is fixed: docs/decisions/0075-dues-ledger.md). This file is the only place dues code touches the
// fund: at merge its body becomes `return recordFundEntry(tx, input)`. Until then it records nothing, and
// the dues ledger stands on its own (its payments, hand-overs and remittances are the dues' own rows).
import type { Tx } from "@/lib/db";

/** The shape of FundEntryInput in lib/finance/fund/record-entry.ts, field for field. */
export type DuesFundEntry = {
  unitId: string;
  date: Date;
  direction: "IN" | "OUT";
  account: "CASH" | "BANK";
  /** "DUES" (IN: đoàn phí collected) or "DUES_REMIT" (OUT: the cấp trên's share sent). */
  category: "DUES" | "DUES_REMIT";
  /** Whole đồng, > 0. */
  amount: number;
  voucherNo?: string | null;
  description: string;
  source?: { kind: "dues_collection" | "dues_remittance"; id: string } | null;
  actorId: string;
};

export async function postDuesToFund(tx: Tx, input: DuesFundEntry): Promise<{ id: string } | null> {
  if (!Number.isInteger(input.amount) || input.amount <= 0) return null;
  void tx;
  return null;
}

// Pure: a sum of đồng larger than one phiếu may hold, as the amounts of consecutive phiếu
// (decision 0085). Unit-tested.

/** The largest amount of one phiếu (FundEntry.amount is a 32-bit integer): 2 tỷ đồng. */
export const FUND_ENTRY_MAX = 2_000_000_000;

/** The parts of `amount`, each ≤ max, as few as possible and as equal as whole đồng allow. */
export function splitAmount(amount: bigint, max = BigInt(FUND_ENTRY_MAX)): number[] {
  if (amount <= 0n) return [];
  const n = (amount + max - 1n) / max;
  const base = amount / n;
  const extra = amount % n;
  return Array.from({ length: Number(n) }, (_, i) => Number(base + (BigInt(i) < extra ? 1n : 0n)));
}

// A sum larger than one phiếu (2 tỷ đ) becomes consecutive parts: worked by hand.
import { describe, expect, it } from "vitest";
import { splitAmount } from "@/lib/finance/dues/split-amount";

describe("splitAmount", () => {
  it("keeps a sum up to 2 tỷ đ as one phiếu", () => {
    expect(splitAmount(30_000n)).toEqual([30_000]);
    expect(splitAmount(2_000_000_000n)).toEqual([2_000_000_000]);
  });
  it("splits just above 2 tỷ đ into two parts", () => {
    // 2.000.000.001 = 1.000.000.001 + 1.000.000.000
    expect(splitAmount(2_000_000_001n)).toEqual([1_000_000_001, 1_000_000_000]);
  });
  it("splits the bench's list (2.385.772.000 đ) and a quarter's share (3,7 tỷ đ)", () => {
    expect(splitAmount(2_385_772_000n)).toEqual([1_192_886_000, 1_192_886_000]);
    // 4.000.000.001 / 3 = 1.333.333.333 remainder 2: the first two parts carry one đồng more.
    expect(splitAmount(4_000_000_001n)).toEqual([1_333_333_334, 1_333_333_334, 1_333_333_333]);
    expect(splitAmount(3_700_000_000n)).toEqual([1_850_000_000, 1_850_000_000]);
  });
  it("beyond 2^31 each part still fits an integer column, and the parts add up to the đồng", () => {
    const parts = splitAmount(6_123_456_789n);
    expect(parts.every((p) => p <= 2_147_483_647 && p > 0)).toBe(true);
    expect(parts.reduce((s, p) => s + p, 0)).toBe(6_123_456_789);
    expect(parts.length).toBe(4);
  });
  it("has nothing to post for zero or less", () => {
    expect(splitAmount(0n)).toEqual([]);
    expect(splitAmount(-5n)).toEqual([]);
  });
});

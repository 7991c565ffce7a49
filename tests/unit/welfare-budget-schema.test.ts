// The welfare budget dialog without its loại says so in words next to the field (it said
// "Thiếu mã bản ghi.", the message for a missing record id).
import { describe, expect, it } from "vitest";
import { budgetSchema } from "@/lib/welfare/schema";

const messageFor = (values: Record<string, unknown>, field: string) =>
  budgetSchema.safeParse(values).error?.issues.find((i) => i.path[0] === field)?.message;

describe("the welfare budget form", () => {
  it("asks for the loại when none is chosen", () => {
    const values = { year: 2026, categoryId: "", fund: "UNION_FUND", amount: "5.000.000" };
    expect(messageFor(values, "categoryId")).toBe("Vui lòng chọn loại thăm hỏi.");
  });

  it("accepts a chosen loại with an amount in đồng", () => {
    const values = { year: 2026, categoryId: "cat-om-dau", fund: "UNION_FUND", amount: "5.000.000" };
    expect(budgetSchema.safeParse(values).success).toBe(true);
  });
});

// A phiếu thu / chi or a dự toán without its nội dung says so in words next to the field (it once
// said "Thiếu mã bản ghi.", the message for a missing record id).
import { describe, expect, it } from "vitest";
import { budgetSchema, entrySchema } from "@/lib/finance/fund/schema";

const issueFor = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error?.issues.find((i) => i.path[0] === "categoryId")?.message;

describe("the nội dung of a fund form", () => {
  it("is asked for when nothing is chosen, on the phiếu and on the dự toán", () => {
    expect(issueFor(entrySchema.safeParse({ categoryId: "" }))).toBe("Vui lòng chọn nội dung thu chi.");
    expect(issueFor(budgetSchema.safeParse({ year: 2026, categoryId: "", amount: "1.000.000" }))).toBe(
      "Vui lòng chọn nội dung thu chi.",
    );
  });
});

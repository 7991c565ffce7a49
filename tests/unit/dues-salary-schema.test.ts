// The dated salary form (app/(app)/finance/dues/members/[id]/salary-form.tsx) validates with
// memberSalarySchema and sends the parsed values; the action parses them again with the same schema.
import { describe, expect, it } from "vitest";
import { memberSalarySchema } from "@/lib/finance/dues/schema";

const form = { memberId: "m1", effectiveFrom: "01/01/2027" };

describe("the dated salary form's schema", () => {
  it("takes back what it gave the form when one amount is left empty (the action's second parse)", () => {
    const sent = memberSalarySchema.parse({ ...form, bhxhSalary: "6.500.000", netSalary: "" });
    expect(sent.bhxhSalary).toBe(6_500_000);
    expect(sent.netSalary).toBeNull();
    const again = memberSalarySchema.parse(sent);
    expect(again.bhxhSalary).toBe(6_500_000);
    expect(again.netSalary).toBeNull();
  });

  it("still refuses a form with neither amount, next to the BHXH field", () => {
    const r = memberSalarySchema.safeParse({ ...form, bhxhSalary: null, netSalary: "" });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["bhxhSalary", "Vui lòng nhập lương đóng BHXH hoặc tiền lương thực lĩnh."],
    ]);
  });

  it("refuses zero and text that is not an amount", () => {
    const r = memberSalarySchema.safeParse({ ...form, bhxhSalary: "0", netSalary: "abc" });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join("."))).toEqual(["bhxhSalary", "netSalary"]);
  });
});

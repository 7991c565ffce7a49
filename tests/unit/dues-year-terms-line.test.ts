// /me/dues describes the shown year's rule period by period, not today's rule for every year.
import { describe, expect, it } from "vitest";
import { duesYearTermsLine } from "@/components/finance/dues-terms-line";
import type { DuesTerms } from "@/lib/finance/dues/rule";

const school: DuesTerms = {
  ratePercent: 1,
  baseSalary: 2_340_000,
  unitType: "hcsn",
  enterpriseBase: "bhxh",
  capPercent: 10,
  fixedPercent: 1,
  bchRatePercent: 0,
  funding: "state_full",
  stateFundedCollect: "collect",
  cdcsSharePercent: 70,
};
const months = (year: number, termsOf: (m: number) => DuesTerms) =>
  Array.from({ length: 12 }, (_, i) => ({
    month: `${year}-${String(i + 1).padStart(2, "0")}`,
    terms: termsOf(i + 1),
  }));

describe("the year's dues rule in words", () => {
  it("2025 at a state-funded school: 1 % until May, không thu from June (the July rate change is not collected)", () => {
    const line = duesYearTermsLine(
      months(2025, (m) => ({
        ...school,
        ratePercent: m >= 7 ? 0.5 : 1,
        stateFundedCollect: m >= 6 ? "stop" : "collect",
      })),
    );
    expect(line).toBe(
      "Tháng 01–05/2025: Mức đóng 1 % lương đóng BHXH · lương cơ sở 2.340.000 ₫ · CĐCS giữ 70 %, nộp cấp trên 30 %. " +
        "Tháng 06–12/2025: Không thu đoàn phí: đơn vị hưởng 100 % lương từ ngân sách nhà nước (Công văn 4133/TLĐ-ToC).",
    );
  });

  it("an enterprise's 2025: 1 % until June, 0,5 % from July", () => {
    const line = duesYearTermsLine(
      months(2025, (m) => ({
        ...school,
        unitType: "enterprise",
        funding: "other",
        ratePercent: m >= 7 ? 0.5 : 1,
      })),
    );
    expect(line).toBe(
      "Tháng 01–06/2025: Mức đóng 1 % lương đóng BHXH, tối đa 234.000 ₫ · lương cơ sở 2.340.000 ₫ · CĐCS giữ 70 %, nộp cấp trên 30 %. " +
        "Tháng 07–12/2025: Mức đóng 0,5 % lương đóng BHXH, tối đa 234.000 ₫ · lương cơ sở 2.340.000 ₫ · CĐCS giữ 70 %, nộp cấp trên 30 %.",
    );
  });

  it("one sentence for a year of one rule", () => {
    const line = duesYearTermsLine(months(2027, () => ({ ...school, stateFundedCollect: "stop" })));
    expect(line).toBe(
      "Không thu đoàn phí: đơn vị hưởng 100 % lương từ ngân sách nhà nước (Công văn 4133/TLĐ-ToC).",
    );
  });
});

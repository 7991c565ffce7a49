// The tổng kết's đoàn phí paragraph for the cases the integration test (annual-report-dues-stop)
// does not build: a calendar year cut by the stop on 01/06/2025, and a stop lifted within the year.
import { describe, expect, it } from "vitest";
import { collectionOfMonths } from "@/lib/finance/dues/collect-stop";
import { monthsBetween } from "@/lib/finance/dues/rule";
import type { StoredDuesSettings } from "@/lib/finance/dues/terms";
import { duesParagraph } from "@/lib/reports/annual/doc";

const REASON = "đơn vị hưởng 100 % lương từ ngân sách nhà nước (Công văn 4133/TLĐ-ToC)";
const stateFunded: StoredDuesSettings = {
  "dues.unit.funding": [{ effectiveFrom: "2000-01-01", value: "state_full", source: "stored" }],
};
const figures = { owed: 1_000_000, collected: 800_000, upperShare: 240_000, kept: 560_000, extraKept: 0 };

describe("duesParagraph", () => {
  it("calendar 2025 of a state-funded unit: January–May, then the stop from 01/06/2025", () => {
    const collection = collectionOfMonths(stateFunded, monthsBetween("2025-01", "2025-12"));
    expect(collection.since).toBe("2025-06-01");
    expect(duesParagraph({ ...figures, remitted: 240_000, collection })).toBe(
      "Đoàn phí tháng 01/2025–05/2025: phải thu 1.000.000 ₫, đã thu 800.000 ₫ (80 %); phần nộp cấp trên 240.000 ₫, đã nộp trong năm 240.000 ₫; công đoàn cơ sở giữ lại 560.000 ₫. " +
        `Không thu đoàn phí (từ 01/06/2025): ${REASON}.`,
    );
  });

  it("a stop lifted on 01/09/2025 (the unit no longer fully state-funded): the months of each", () => {
    const lifted: StoredDuesSettings = {
      "dues.unit.funding": [
        ...stateFunded["dues.unit.funding"]!,
        { effectiveFrom: "2025-09-01", value: "other", source: "stored" },
      ],
    };
    const collection = collectionOfMonths(lifted, monthsBetween("2025-01", "2025-12"));
    expect(collection.stopped).toEqual(["2025-06", "2025-07", "2025-08"]);
    expect(duesParagraph({ ...figures, remitted: 0, collection })).toBe(
      "Đoàn phí tháng 01/2025–05/2025, 09/2025–12/2025: phải thu 1.000.000 ₫, đã thu 800.000 ₫ (80 %); phần nộp cấp trên 240.000 ₫, đã nộp trong năm 0 ₫; công đoàn cơ sở giữ lại 560.000 ₫. " +
        `Không thu đoàn phí tháng 06/2025–08/2025: ${REASON}.`,
    );
  });

  it("a year wholly in the stop with nothing moved: the one sentence", () => {
    const collection = collectionOfMonths(stateFunded, monthsBetween("2026-01", "2026-12"));
    const none = { owed: 0, collected: 0, upperShare: 0, kept: 0, extraKept: 0, remitted: 0 };
    expect(duesParagraph({ ...none, collection })).toBe(`Không thu đoàn phí (từ 01/06/2025): ${REASON}.`);
  });
});

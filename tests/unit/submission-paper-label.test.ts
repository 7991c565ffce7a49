// The name of a paper sent to the cấp trên with its year, as the unit keeps its year: the line on
// each paper's screen, the toast, the cấp trên's inbox and the paper's own page all say it this way.
import { describe, expect, it } from "vitest";
import { CALENDAR_CYCLE, SCHOOL_CYCLE } from "@/lib/settings/cycle";
import { inSentence, paperLabel } from "@/lib/submissions/labels";

describe("paperLabel", () => {
  it("a school's paper of year 2025 is of năm học 2025–2026", () => {
    expect(paperLabel("ANNUAL_REPORT", 2025, SCHOOL_CYCLE)).toBe("Báo cáo tổng kết năm học 2025–2026");
    expect(paperLabel("AWARDS_FILE", 2025, SCHOOL_CYCLE)).toBe("Hồ sơ đề nghị khen thưởng năm học 2025–2026");
  });

  it("a calendar unit's paper of 2026 is of năm 2026", () => {
    expect(paperLabel("ANNUAL_REPORT", 2026, CALENDAR_CYCLE)).toBe("Báo cáo tổng kết năm 2026");
  });

  it("inside a sentence, its first letter is lowered and CĐCS kept", () => {
    expect(inSentence(paperLabel("SELF_RATING", 2025, SCHOOL_CYCLE))).toBe(
      "tự đánh giá, xếp loại CĐCS năm học 2025–2026",
    );
  });
});

// The emulation screens' headings by the unit's cycle; calendar units keep "năm 2026".
import { describe, expect, it } from "vitest";
import {
  approvalHeading,
  assessmentHeading,
  emulationHeading,
  registrationHeading,
} from "@/lib/emulation/headings";
import { CALENDAR_CYCLE, SCHOOL_CYCLE } from "@/lib/settings/cycle";

describe("emulation headings", () => {
  it("a school reads the năm học", () => {
    expect(emulationHeading(2025, SCHOOL_CYCLE)).toBe("Thi đua năm học 2025–2026");
    expect(registrationHeading(2025, SCHOOL_CYCLE)).toBe("Đăng ký thi đua năm học 2025–2026");
    expect(approvalHeading(2025, SCHOOL_CYCLE)).toBe("Duyệt đăng ký thi đua năm học 2025–2026");
    expect(assessmentHeading(2025, SCHOOL_CYCLE)).toBe("Tự đánh giá, xếp loại năm học 2025–2026");
  });
  it("a calendar unit is unchanged", () => {
    expect(emulationHeading(2026, CALENDAR_CYCLE)).toBe("Thi đua năm 2026");
    expect(registrationHeading(2026, CALENDAR_CYCLE)).toBe("Đăng ký thi đua năm 2026");
    expect(assessmentHeading(2026, CALENDAR_CYCLE)).toBe("Tự đánh giá, xếp loại năm 2026");
  });
});

// The emulation screens' headings, page titles and reminders, labelled by the unit's cycle
// ("Thi đua năm 2026" / "Thi đua năm học 2025–2026"); the one label is lib/settings/cycle.ts.
import { cycleYearLabel, type Cycle } from "@/lib/settings/cycle";

/** "Thi đua năm học 2025–2026": the overview's heading and page title. */
export const emulationHeading = (year: number, c: Cycle) => `Thi đua ${cycleYearLabel(year, c)}`;
/** "Đăng ký thi đua năm học 2025–2026": the member's registration, its reminder. */
export const registrationHeading = (year: number, c: Cycle) => `Đăng ký thi đua ${cycleYearLabel(year, c)}`;
/** "Duyệt đăng ký thi đua năm học 2025–2026". */
export const approvalHeading = (year: number, c: Cycle) => `Duyệt đăng ký thi đua ${cycleYearLabel(year, c)}`;
/** "Tự đánh giá, xếp loại năm học 2025–2026": the member's self-assessment, its reminder. */
export const assessmentHeading = (year: number, c: Cycle) =>
  `Tự đánh giá, xếp loại ${cycleYearLabel(year, c)}`;

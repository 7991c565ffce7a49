// Who is not considered for titles and awards (lib/rating/exclusions.ts); the SQL of lib/rating/refresh.ts is generated from
// the same EXCLUSION_RULES and checked against these readings in tests/integration/rating-exclusions.test.ts.
import { describe, expect, it } from "vitest";
import {
  EXCLUSION_RULES,
  EXCLUSION_TEXT,
  exclusionReasons,
  exclusionText,
  monthsIn,
  NOTE_EXCLUSION_TEXTS,
  noteExclusionReasons,
} from "@/lib/rating/exclusions";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const END = d("2026-12-31");
const ALL = {
  minMonthsInUnit: 10,
  excludeLongLeave: true,
  excludeDisciplined: true,
  requireRegistration: true,
  excludeSanctioned: true,
  disciplineCapPosition: 2,
};
const clean = {
  joinedUnitOn: d("2020-09-01"),
  ratedOn: END,
  longLeaveNote: null,
  disciplineNote: null,
  hasApprovedRegistration: true,
};

describe("months in the unit, to 31/12", () => {
  it.each([
    ["2026-03-01", 10],
    ["2026-03-02", 9],
    ["2026-02-28", 10],
    ["2026-12-31", 0],
    ["2026-12-01", 1],
    ["2025-12-31", 12],
    ["2025-01-01", 24],
  ])("joined %s → %i full months", (joined, months) => {
    expect(monthsIn(d(joined), END)).toBe(months);
  });
});

describe("exclusion reasons", () => {
  it("none for a member of long standing with an approved registration", () => {
    expect(exclusionReasons(clean, ALL)).toEqual([]);
    expect(exclusionText([])).toBeNull();
  });
  it("under 10 months: joined 02/03 is excluded, 01/03 is not; unknown join date is not", () => {
    expect(exclusionReasons({ ...clean, joinedUnitOn: d("2026-03-02") }, ALL)).toEqual([
      EXCLUSION_TEXT.shortTime(10),
    ]);
    expect(exclusionReasons({ ...clean, joinedUnitOn: d("2026-03-01") }, ALL)).toEqual([]);
    expect(exclusionReasons({ ...clean, joinedUnitOn: null }, ALL)).toEqual([]);
  });
  it("long leave, discipline and no registration each exclude, and all reasons are listed", () => {
    const all = exclusionReasons(
      {
        ...clean,
        joinedUnitOn: d("2026-06-01"),
        longLeaveNote: "Nghỉ ốm 3 tháng",
        disciplineNote: "Khiển trách",
        hasApprovedRegistration: false,
      },
      ALL,
    );
    expect(all).toEqual([
      EXCLUSION_TEXT.shortTime(10),
      EXCLUSION_TEXT.longLeave,
      EXCLUSION_TEXT.disciplined,
      EXCLUSION_TEXT.noRegistration,
    ]);
    expect(exclusionText(all)).toBe(
      "Sinh hoạt tại đơn vị dưới 10 tháng; Nghỉ dài ngày; Bị kỷ luật trong năm; Không có đăng ký thi đua được duyệt",
    );
  });
  it("a blank note does not exclude", () => {
    expect(exclusionReasons({ ...clean, longLeaveNote: "  ", disciplineNote: "" }, ALL)).toEqual([]);
  });
  it("each rule can be switched off", () => {
    const off = {
      minMonthsInUnit: 0,
      excludeLongLeave: false,
      excludeDisciplined: false,
      requireRegistration: false,
      excludeSanctioned: false,
      disciplineCapPosition: null,
    };
    expect(
      exclusionReasons(
        {
          ...clean,
          joinedUnitOn: d("2026-11-01"),
          longLeaveNote: "x",
          disciplineNote: "y",
          sanctionNote: "z",
          hasApprovedRegistration: false,
        },
        off,
      ),
    ).toEqual([]);
  });
});

describe("the rule list", () => {
  it("lists each rule once, in the order the reasons are written", () => {
    expect(EXCLUSION_RULES.map((r) => r.key)).toEqual([
      "shortTime",
      "longLeave",
      "disciplined",
      "sanctioned",
      "noRegistration",
    ]);
  });
  it("the form's preview reads the notes with the same rules", () => {
    const on = { excludeLongLeave: true, excludeDisciplined: true };
    expect(noteExclusionReasons({ longLeaveNote: "Nghỉ ốm", disciplineNote: " " }, on)).toEqual([
      EXCLUSION_TEXT.longLeave,
    ]);
    expect(
      noteExclusionReasons({ longLeaveNote: "x", disciplineNote: "y" }, { ...on, excludeLongLeave: false }),
    ).toEqual([EXCLUSION_TEXT.disciplined]);
    expect(NOTE_EXCLUSION_TEXTS).toEqual([
      EXCLUSION_TEXT.longLeave,
      EXCLUSION_TEXT.disciplined,
      "Bị xử phạt hành chính trong năm",
    ]);
  });
});

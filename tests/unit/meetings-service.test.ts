import { describe, expect, it } from "vitest";
import { absenteeLine, minutesSections, voteLine } from "@/lib/meetings/minutes/minutes-sections";
import { normalizeTime } from "@/lib/meetings/schema";
import {
  attendanceRate,
  countAttendance,
  minutesNumber,
  toVnParts,
  tooManyMainTopics,
  transition,
  vnMoment,
  vnYear,
  voteError,
} from "@/lib/meetings/service";

describe("meeting state machine", () => {
  it("allows dự kiến → đã họp → nháp → đã ký → (mở lại) nháp", () => {
    expect(transition("PLANNED", "markHeld")).toEqual({ ok: true, to: "HELD" });
    expect(transition("HELD", "saveMinutes")).toEqual({ ok: true, to: "MINUTES_DRAFT" });
    expect(transition("MINUTES_DRAFT", "saveMinutes")).toEqual({ ok: true, to: "MINUTES_DRAFT" });
    expect(transition("MINUTES_DRAFT", "sign")).toEqual({ ok: true, to: "MINUTES_SIGNED" });
    expect(transition("MINUTES_SIGNED", "reopen")).toEqual({ ok: true, to: "MINUTES_DRAFT" });
  });
  it("refuses the rest with a Vietnamese reason; a signed record says it is locked", () => {
    expect(transition("PLANNED", "saveMinutes")).toMatchObject({
      ok: false,
      error: expect.stringContaining("chưa diễn ra"),
    });
    expect(transition("HELD", "sign")).toMatchObject({ ok: false });
    expect(transition("MINUTES_DRAFT", "reopen")).toMatchObject({ ok: false });
    expect(transition("MINUTES_SIGNED", "saveMinutes")).toMatchObject({
      ok: false,
      error: expect.stringContaining("đã ký"),
    });
    expect(transition("MINUTES_SIGNED", "sign")).toMatchObject({
      ok: false,
      error: expect.stringContaining("khóa"),
    });
  });
});

describe("votes, topics, attendance", () => {
  it("refuses vote sums above those present", () => {
    expect(voteError({ votesFor: 20, votesAgainst: 3, votesOther: 2 }, 25)).toBeNull();
    expect(voteError({ votesFor: 20, votesAgainst: 4, votesOther: 2 }, 25)).toBe(
      "Tổng số phiếu (26) vượt quá số người có mặt (25).",
    );
    expect(voteError({ votesFor: null, votesAgainst: null, votesOther: null }, 0)).toBeNull();
  });
  it("warns above two main topics", () => {
    expect(tooManyMainTopics([{ isMain: true }, { isMain: true }, { isMain: false }])).toBe(false);
    expect(tooManyMainTopics([{ isMain: true }, { isMain: true }, { isMain: true }])).toBe(true);
  });
  it("counts marks and rates", () => {
    expect(
      countAttendance([
        { attendance: "PRESENT" },
        { attendance: "EXCUSED" },
        { attendance: null },
        { attendance: "ABSENT" },
      ]),
    ).toEqual({ total: 4, present: 1, excused: 1, absent: 1, unmarked: 1 });
    expect(attendanceRate(2, 3)).toBe(66.7);
    expect(attendanceRate(0, 0)).toBeNull();
  });
});

describe("numbers, times and the biên bản text", () => {
  it("numbers, Vietnam time", () => {
    expect(minutesNumber(5)).toBe("05/BB-CĐCS");
    expect(vnMoment("2026-01-15", "07:30").toISOString()).toBe("2026-01-15T00:30:00.000Z");
    expect(vnYear(new Date("2026-12-31T18:00:00Z"))).toBe(2027);
    expect(toVnParts(new Date("2026-01-15T00:30:00Z"))).toEqual({ date: "15/01/2026", time: "07:30" });
    expect(normalizeTime("8g05")).toBe("08:05");
    expect(normalizeTime("25:00")).toBeNull();
  });
  it("writes the attendance line, absentees and votes", () => {
    expect(voteLine({ votesFor: 9, votesAgainst: 0, votesOther: 1 })).toBe(
      "Tán thành: 9; không tán thành: 0; ý kiến khác: 1.",
    );
    expect(
      absenteeLine([
        { name: "Lê A", excused: true, reason: "Ốm" },
        { name: "Lê B", excused: false, reason: null },
      ]),
    ).toBe("Vắng 2: Lê A (có lý do: Ốm); Lê B (không lý do).");
    const s = minutesSections({
      startWords: "16 giờ 30 phút, ngày 20/11/2026",
      endWords: null,
      place: "Phòng tổ",
      present: 9,
      invited: 11,
      absentees: [],
      chairName: "A",
      secretaryName: "B",
      items: [
        {
          title: "Đánh giá",
          isMain: true,
          discussion: null,
          votesFor: null,
          votesAgainst: null,
          votesOther: null,
          conclusion: "Thông qua.",
        },
      ],
      decisions: [],
    });
    expect(s[0].paragraphs.join(" ")).toContain("có mặt 9/11");
    expect(s[1]).toEqual({
      heading: "2. Đánh giá (nội dung chính)",
      paragraphs: ["Kết luận của chủ trì: Thông qua."],
    });
  });
});

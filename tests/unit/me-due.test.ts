// "Của tôi" words deadlines and orders items (lib/me/due.ts). Expected texts written out by hand.
import { describe, expect, it } from "vitest";
import { byUrgency, dueBadge, meetingBadge } from "@/lib/me/due";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const TODAY = d("2026-12-15");

describe("dueBadge", () => {
  it("a day past the deadline is 'Quá hạn 1 ngày', red", () => {
    expect(dueBadge(d("2026-12-14"), TODAY)).toEqual({ text: "Quá hạn 1 ngày", tone: "red" });
  });
  it("counts across a month and a year: 20/11 → 15/12 is 25 days overdue", () => {
    expect(dueBadge(d("2026-11-20"), TODAY).text).toBe("Quá hạn 25 ngày");
    expect(dueBadge(d("2027-01-05"), TODAY).text).toBe("Còn 21 ngày");
  });
  it("today is 'Hạn hôm nay', red", () => {
    expect(dueBadge(d("2026-12-15"), TODAY)).toEqual({ text: "Hạn hôm nay", tone: "red" });
  });
  it("within a week is amber, later grey", () => {
    expect(dueBadge(d("2026-12-22"), TODAY)).toEqual({ text: "Còn 7 ngày", tone: "amber" });
    expect(dueBadge(d("2026-12-23"), TODAY)).toEqual({ text: "Còn 8 ngày", tone: "gray" });
  });
  it("no deadline says so", () => {
    expect(dueBadge(null, TODAY)).toEqual({ text: "Chưa có hạn", tone: "gray" });
  });
});

describe("meetingBadge", () => {
  it("today, tomorrow, in n days", () => {
    expect(meetingBadge(d("2026-12-15"), TODAY).text).toBe("Hôm nay");
    expect(meetingBadge(d("2026-12-16"), TODAY).text).toBe("Ngày mai");
    expect(meetingBadge(d("2026-12-19"), TODAY).text).toBe("Còn 4 ngày");
  });
});

describe("byUrgency", () => {
  it("puts the most overdue first, keeps ties in order, and undated items last", () => {
    const items = [
      { id: "later", sortOn: d("2026-12-30") },
      { id: "undated", sortOn: null },
      { id: "overdue-5", sortOn: d("2026-12-10") },
      { id: "today-a", sortOn: d("2026-12-15") },
      { id: "overdue-20", sortOn: d("2026-11-25") },
      { id: "today-b", sortOn: d("2026-12-15") },
    ];
    expect(byUrgency(items).map((i) => i.id)).toEqual([
      "overdue-20",
      "overdue-5",
      "today-a",
      "today-b",
      "later",
      "undated",
    ]);
  });
});

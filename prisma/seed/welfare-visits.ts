// The demo unit's visits: one year's pattern (27 visits, 9.850.000 ₫, plus one cancelled), told in
// full for last year (all paid) and up to today for this year: older than three weeks paid, the
// last three weeks approved or proposed. Whatever the day, this year has a visit to approve and
// one to record as paid.
import type { Story } from "./story";
import { ageOf, later } from "./story-days";

export type VisitState = "PROPOSED" | "APPROVED" | "DONE" | "CANCELLED";
export type Fund = "UNION_FUND" | "EMPLOYER" | "SOCIALIZED";
type Extra = { fund?: Fund; relative?: [string, string]; cancelled?: boolean; override?: boolean };
// [month-day, category index (welfare.ts CATEGORIES), member key (pickPeople), amount, extra]
type Pattern = [string, number, string, number, Extra?];

const PATTERN: Pattern[] = [
  ["01-12", 0, "tuan", 500_000],
  ["01-25", 8, "nv1", 500_000],
  ["01-25", 8, "vp1", 500_000, { fund: "SOCIALIZED" }],
  ["02-10", 4, "nv2", 500_000, { relative: ["Nguyễn Văn Bảy", "Bố đẻ"] }],
  ["03-02", 2, "tt1", 500_000],
  ["03-08", 0, "nn1", 300_000],
  ["03-20", 0, "kh1", 300_000],
  ["04-05", 5, "tt2", 500_000],
  ["04-10", 0, "nv3", 500_000, { cancelled: true }], // entered twice: cancelled on 04/5
  ["04-18", 6, "vp2", 500_000],
  ["05-03", 0, "nv3", 300_000],
  ["05-20", 4, "mai", 500_000, { relative: ["Trương Thị Lựu", "Mẹ đẻ"] }],
  ["06-01", 12, "nn2", 200_000, { fund: "EMPLOYER", relative: ["Đỗ Minh Khang", "Con"] }],
  ["06-01", 12, "tt3", 200_000, { fund: "EMPLOYER", relative: ["Lê Gia Hân", "Con"] }],
  ["06-15", 0, "kh1", 300_000],
  ["07-10", 0, "kh1", 300_000, { override: true }], // the third time in the year
  ["08-05", 0, "vp1", 300_000],
  ["08-20", 5, "nn1", 500_000],
  ["09-05", 0, "tt4", 300_000],
  ["09-22", 6, "nv1", 300_000],
  ["10-02", 4, "kh2", 500_000, { relative: ["Phan Văn Tư", "Bố vợ"] }],
  ["10-15", 0, "tuan", 250_000],
  ["10-20", 10, "vp2", 100_000],
  ["10-28", 7, "vp3", 200_000, { fund: "SOCIALIZED" }],
  ["11-05", 0, "nn2", 200_000],
  ["11-10", 0, "tt2", 150_000],
  ["11-12", 1, "kh2", 1_000_000],
  ["11-14", 0, "tt3", 150_000],
];
/** One year's pattern, as the domain brief's primary school reported it: 27 visits, almost 10 million. */
const YEAR_COUNT = 27;
const YEAR_TOTAL = 9_850_000;
/**
 * Proposals of the last days, added when this year has nothing to approve or to pay yet. Each fits
 * what remains of its category's dự toán (welfare.ts BUDGET) even on 31 December, when the whole
 * year's pattern is paid: Hoàn cảnh khó khăn (quỹ CĐCS) has 1.500.000 ₫ with 500.000 ₫ paid, Ốm đau
 * 3.500.000 ₫ with 3.350.000 ₫ paid. A seeded visit never goes below the budget without a reason.
 */
const TO_APPROVE: Pattern = ["", 8, "nv4", 300_000];
const TO_PROPOSE: Pattern = ["", 0, "tt4", 150_000];
const OPEN_DAYS = 21;
export const CANCELLED_ON = "05-04";

export type PlacedVisit = {
  on: string;
  category: number;
  key: string;
  amount: number;
  state: VisitState;
  fund: Fund;
  relative?: [string, string];
  override: boolean;
};

const place = ([_md, category, key, amount, extra]: Pattern, on: string, state: VisitState): PlacedVisit => ({
  on,
  category,
  key,
  amount,
  state,
  fund: extra?.fund ?? "UNION_FUND",
  relative: extra?.relative,
  override: !!extra?.override,
});

/** Last year's visits and this year's by today, as story dates, in date order. */
export function placeVisits(story: Story, lastYear: number, thisYear: number): PlacedVisit[] {
  const counted = PATTERN.filter((v) => !v[4]?.cancelled);
  const total = counted.reduce((s, v) => s + v[3], 0);
  if (counted.length !== YEAR_COUNT || total !== YEAR_TOTAL)
    throw new Error(`Dữ liệu mẫu thăm hỏi: ${counted.length} lượt, ${total} đ`);

  const last = PATTERN.map((v) => place(v, `${lastYear}-${v[0]}`, v[4]?.cancelled ? "CANCELLED" : "DONE"));
  const now: PlacedVisit[] = [];
  for (const v of PATTERN) {
    const on = `${thisYear}-${v[0]}`;
    if (!story.past(on)) continue;
    if (v[4]?.cancelled) {
      if (story.past(`${thisYear}-${CANCELLED_ON}`)) now.push(place(v, on, "CANCELLED"));
      continue;
    }
    now.push(place(v, on, ageOf(story, on) > OPEN_DAYS ? "DONE" : "PROPOSED"));
  }
  // The last three weeks: the newest proposed, the one before approved, and so on.
  now
    .filter((v) => v.state === "PROPOSED")
    .reverse()
    .forEach((v, i) => (v.state = i % 2 === 0 ? "PROPOSED" : "APPROVED"));
  // Something to act on whatever the day, dated in the last days (never before 1 January).
  const recent = (daysAgo: number) => later(story.daysAgo(daysAgo), `${thisYear}-01-01`);
  if (!now.some((v) => v.state === "APPROVED")) now.push(place(TO_APPROVE, recent(5), "APPROVED"));
  if (!now.some((v) => v.state === "PROPOSED")) now.push(place(TO_PROPOSE, recent(1), "PROPOSED"));
  return [...last, ...now].sort((a, b) => a.on.localeCompare(b.on));
}

// The screens label a year by the unit's cycle: a school's emulation overview reads "Thi đua năm học
// 2025–2026", its picker "2025–2026", a member's to-dos "Đăng ký thi đua năm học …"; a calendar unit
// keeps "năm 2025". Expected labels are written out by hand.
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { emulationHeading } from "@/lib/emulation/headings";
import { getMemberTodo } from "@/lib/emulation/queries/reminders";
import { resolveYear } from "@/lib/emulation/queries/years";
import { reopenRatingYear } from "@/lib/rating/decision/reopen-rating-year";
import { cycleYearOf, cycleYearShort, SCHOOL_CYCLE } from "@/lib/settings/cycle";
import { ensureYear } from "./helpers/emulation-fixtures";
import { ensureRatingYear } from "./helpers/rating-fixtures";
import { buildWorld, type World } from "./helpers/world";
import { THIS_YEAR, TODAY } from "../support/today";

let cal: World;
let school: World;

beforeAll(async () => {
  [cal, school] = [await buildWorld(), await buildWorld()];
  // The school keeps the năm học from 01/09/2020, long before any year these tests open.
  await db.setting.create({
    data: {
      unitId: school.unit.id,
      key: "cycle.kind",
      value: "school",
      effectiveFrom: new Date("2020-09-01"),
    },
  });
}, 60_000);

describe("the emulation overview's heading and picker", () => {
  it("a school's year 2025 is 'Thi đua năm học 2025–2026', its option '2025–2026'", async () => {
    await ensureYear(school.unit.id, { year: 2025 });
    const { year, cycle } = await resolveYear(school.unit.id, 2025);
    expect(emulationHeading(year!.year, year!.cycle)).toBe("Thi đua năm học 2025–2026");
    expect(cycleYearShort(2025, cycle)).toBe("2025–2026");
  });

  it("a calendar unit's year 2025 stays 'Thi đua năm 2025', its option '2025'", async () => {
    await ensureYear(cal.unit.id, { year: 2025 });
    const { year, cycle } = await resolveYear(cal.unit.id, 2025);
    expect(emulationHeading(year!.year, year!.cycle)).toBe("Thi đua năm 2025");
    expect(cycleYearShort(2025, cycle)).toBe("2025");
  });
});

describe("a member's to-dos (/me) name the year by the cycle", () => {
  it("school: 'Đăng ký thi đua năm học Y–Y+1' and 'Tự đánh giá, xếp loại năm học Y–Y+1'", async () => {
    const y = cycleYearOf(TODAY, SCHOOL_CYCLE);
    await ensureYear(school.unit.id, { year: y });
    const actor = await loadActor(school.people.member.user.id);
    const titles = (await getMemberTodo(actor!)).map((t) => t.title);
    expect(titles).toEqual([
      `Đăng ký thi đua năm học ${y}–${y + 1}`,
      `Tự đánh giá, xếp loại năm học ${y}–${y + 1}`,
    ]);
  });

  it("calendar: 'Đăng ký thi đua năm Y'", async () => {
    await ensureYear(cal.unit.id, { year: THIS_YEAR });
    const actor = await loadActor(cal.people.member.user.id);
    const titles = (await getMemberTodo(actor!)).map((t) => t.title);
    expect(titles).toEqual([`Đăng ký thi đua năm ${THIS_YEAR}`, `Tự đánh giá, xếp loại năm ${THIS_YEAR}`]);
  });
});

describe("the rating year's refusals name the year by the cycle", () => {
  it("reopening a school's open year: 'Kết quả năm học 2025–2026 chưa chốt…'", async () => {
    const { ratingYear } = await ensureRatingYear(school.unit.id, 2025);
    const chair = await loadActor(school.people.chair.user.id);
    await expect(
      reopenRatingYear(chair!, {
        ratingYearId: ratingYear.id,
        reason: "Sửa sai sót của năm",
        confirmUnpublish: false,
      }),
    ).rejects.toThrow("Kết quả năm học 2025–2026 chưa chốt nên không cần mở lại.");
  });

  it("reopening a calendar unit's open year: 'Kết quả năm 2025 chưa chốt…'", async () => {
    const { ratingYear } = await ensureRatingYear(cal.unit.id, 2025);
    const chair = await loadActor(cal.people.chair.user.id);
    await expect(
      reopenRatingYear(chair!, {
        ratingYearId: ratingYear.id,
        reason: "Sửa sai sót của năm",
        confirmUnpublish: false,
      }),
    ).rejects.toThrow("Kết quả năm 2025 chưa chốt nên không cần mở lại.");
  });
});

// The unit's year for emulation and rating against the database: a unit without a cycle setting
// keeps the calendar year; a school's năm học follows its dated setting; the BCH cannot change the
// cycle inside a year it has opened (the refusal leaves the settings as they were). Expected years
// and labels are worked out by hand.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findRatingYear } from "@/lib/rating/year";
import { addSettingValueAction } from "@/lib/settings/actions";
import { cycleYearLabel } from "@/lib/settings/cycle";
import { currentCycleYear, cycleOfYear, unitCycle } from "@/lib/settings/unit-cycle";
import { actAs } from "./helpers/session";
import { buildWorld, type World } from "./helpers/world";

let cal: World;
let school: World;
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

beforeAll(async () => {
  [cal, school] = [await buildWorld(), await buildWorld()];
}, 60_000);

describe("a unit on the calendar year (the default)", () => {
  it("keeps the calendar year at 31/08 and 01/09, labelled 'năm 2026'", async () => {
    expect(await unitCycle(cal.unit.id, "2026-09-01")).toEqual({ kind: "calendar" });
    expect(await currentCycleYear(cal.unit.id, "2026-08-31")).toBe(2026);
    expect(await currentCycleYear(cal.unit.id, "2026-09-01")).toBe(2026);
    expect(await currentCycleYear(cal.unit.id, "2027-01-01")).toBe(2027);
    expect(cycleYearLabel(2026, await cycleOfYear(cal.unit.id, 2026))).toBe("năm 2026");
  });
});

describe("a school on the năm học", () => {
  it("the chair sets it from 01/09/2024; 31/08 and 01/09 fall in different năm học", async () => {
    actAs(school.userIdOf("chair"));
    const r = await addSettingValueAction({
      key: "cycle.kind",
      value: "school",
      effectiveFrom: "2024-09-01",
      note: "",
    });
    expect(r).toMatchObject({ ok: true });
    expect(await currentCycleYear(school.unit.id, "2026-08-31")).toBe(2025);
    expect(await currentCycleYear(school.unit.id, "2026-09-01")).toBe(2026);
    expect(await currentCycleYear(school.unit.id, "2027-03-15")).toBe(2026);
    expect(cycleYearLabel(2025, await cycleOfYear(school.unit.id, 2025))).toBe("năm học 2025–2026");
    // Before the change, the unit's years stay calendar years.
    expect(cycleYearLabel(2023, await cycleOfYear(school.unit.id, 2023))).toBe("năm 2023");
  });

  it("its rating year carries the cycle its papers are titled by", async () => {
    const ey = await db.emulationYear.create({
      data: {
        unitId: school.unit.id,
        year: 2025,
        registrationDeadline: day("2025-10-20"),
        assessmentOpensOn: day("2026-05-01"),
        assessmentClosesOn: day("2026-05-31"),
      },
    });
    await db.ratingYear.create({ data: { unitId: school.unit.id, year: 2025, emulationYearId: ey.id } });
    const ry = (await findRatingYear(school.unit.id, 2025))!;
    expect(ry.cycle).toEqual({ kind: "school", start: "09-01" });
  });

  it("cannot change the cycle inside the opened năm học 2025–2026, and nothing is stored", async () => {
    actAs(school.userIdOf("chair"));
    const before = await db.setting.count({ where: { unitId: school.unit.id } });
    for (const [key, value, from] of [
      ["cycle.kind", "calendar", "2026-01-01"],
      ["cycle.start", "15/08", "2026-08-15"],
    ] as const) {
      const r = await addSettingValueAction({ key, value, effectiveFrom: from, note: "" });
      expect(r, key).toMatchObject({
        ok: false,
        fieldErrors: {
          effectiveFrom:
            "Năm học 2025–2026 đã mở (đến 31/08/2026): đổi năm thi đua, xếp loại lúc này sẽ đổi thời gian và tên của năm đó. Hãy chọn ngày hiệu lực từ 01/09/2026 trở đi.",
        },
      });
    }
    expect(await db.setting.count({ where: { unitId: school.unit.id } })).toBe(before);
  });

  it("may change it from the day after that year ends", async () => {
    actAs(school.userIdOf("chair"));
    const r = await addSettingValueAction({
      key: "cycle.start",
      value: "15/08",
      effectiveFrom: "2026-09-01",
      note: "",
    });
    expect(r).toMatchObject({ ok: true });
    expect(await unitCycle(school.unit.id, "2026-09-01")).toEqual({ kind: "school", start: "08-15" });
    expect(await unitCycle(school.unit.id, "2026-08-31")).toEqual({ kind: "school", start: "09-01" });
  });
});

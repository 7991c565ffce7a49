import { describe, expect, it } from "vitest";
import { checkLevels, DEFAULT_LEVELS, levelFor, sumPoints } from "@/lib/emulation/levels";

const XS = "Hoàn thành xuất sắc nhiệm vụ";
const TOT = "Hoàn thành tốt nhiệm vụ";
const HT = "Hoàn thành nhiệm vụ";
const KHT = "Không hoàn thành nhiệm vụ";

describe("levelFor with the default thresholds (≥90 / 70–89 / 50–69 / <50)", () => {
  it.each([
    [100, XS],
    [90, XS],
    [89, TOT],
    [70, TOT],
    [69, HT],
    [50, HT],
    [49, KHT],
    [0, KHT],
  ])("%i points → %s", (points, level) => {
    expect(levelFor(points, DEFAULT_LEVELS)).toBe(level);
  });

  it("does not depend on the order the levels are stored in", () => {
    expect(levelFor(75, [...DEFAULT_LEVELS].reverse())).toBe(TOT);
  });
});

describe("levelFor with configured thresholds", () => {
  const sector = [
    { name: "Vững mạnh", minPoints: 85 },
    { name: "Khá", minPoints: 65 },
    { name: "Trung bình", minPoints: 45 },
    { name: "Yếu", minPoints: 0 },
  ];
  it.each([
    [85, "Vững mạnh"],
    [84, "Khá"],
    [65, "Khá"],
    [64, "Trung bình"],
    [45, "Trung bình"],
    [44, "Yếu"],
  ])("%i → %s", (p, name) => {
    expect(levelFor(p, sector)).toBe(name);
  });
  it("gives the lowest level below every minimum, and null without a scheme", () => {
    expect(levelFor(-1, sector)).toBe("Yếu");
    expect(levelFor(50, [])).toBeNull();
  });
});

describe("checkLevels", () => {
  it("accepts the default scheme", () => expect(checkLevels(DEFAULT_LEVELS, 100)).toBeNull());
  it("refuses a scheme without a floor at 0, duplicate minimums, or minimums above the total", () => {
    expect(
      checkLevels(
        [
          { name: "A", minPoints: 90 },
          { name: "B", minPoints: 50 },
        ],
        100,
      ),
    ).toMatch(/từ 0/);
    expect(
      checkLevels(
        [
          { name: "A", minPoints: 0 },
          { name: "B", minPoints: 0 },
        ],
        100,
      ),
    ).toMatch(/khác nhau/);
    expect(
      checkLevels(
        [
          { name: "A", minPoints: 120 },
          { name: "B", minPoints: 0 },
        ],
        100,
      ),
    ).toMatch(/vượt/);
    expect(checkLevels([{ name: "A", minPoints: 0 }], 100)).toMatch(/hai mức/);
  });
});

it("sumPoints ignores empty scores", () => {
  expect(sumPoints([10, null, undefined, 5, Number.NaN])).toBe(15);
});

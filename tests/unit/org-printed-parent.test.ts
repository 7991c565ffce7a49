// The one rule for the cấp trên's name on a CĐCS's papers (decision 0083).
import { describe, expect, it } from "vitest";
import { printedParentName, unitHeader } from "@/lib/org/printed-parent";

describe("printedParentName", () => {
  it("prints the typed name while the cấp trên is not in the app", () => {
    expect(printedParentName({ parentName: "Công đoàn Giáo dục tỉnh Quảng Nam", parent: null })).toBe(
      "Công đoàn Giáo dục tỉnh Quảng Nam",
    );
  });

  it("prints the parent's current name once it is, whatever was typed before", () => {
    expect(
      printedParentName({
        parentName: "Công đoàn ngành Giáo dục Đà Nẵng",
        parent: { name: "Công đoàn Giáo dục thành phố Đà Nẵng" },
      }),
    ).toBe("Công đoàn Giáo dục thành phố Đà Nẵng");
  });

  it("gives the document engine's header", () => {
    expect(
      unitHeader({
        name: "Công đoàn Trường THPT Lê Quý Đôn",
        parentName: "cũ",
        placeName: "Đà Nẵng",
        parent: { name: "Công đoàn Giáo dục thành phố Đà Nẵng" },
      }),
    ).toEqual({
      name: "Công đoàn Trường THPT Lê Quý Đôn",
      parentName: "Công đoàn Giáo dục thành phố Đà Nẵng",
      placeName: "Đà Nẵng",
    });
  });
});

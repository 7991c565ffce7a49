// A member's change log reads in words: Vietnamese field names, dd/MM/yyyy, the tổ's name instead of
// its id, and no line for what did not change ("status: ACTIVE → ACTIVE").
import { describe, expect, it } from "vitest";
import { describeChange, groupIdsIn } from "@/lib/audit/describe";

const names = {
  groups: new Map([
    ["g-vp", "Tổ Văn phòng"],
    ["g-tt", "Tổ Toán – Tin"],
  ]),
};

describe("describeChange", () => {
  it("a move between tổ: names the tổ, drops the unchanged status, dates the day once, in the form's order", () => {
    const lines = describeChange(
      { status: "ACTIVE", groupId: "g-vp" },
      // Keys as jsonb returns them: shortest first.
      { reason: "Phân công lại", status: "ACTIVE", groupId: "g-tt", effectiveOn: "2026-12-01T00:00:00.000Z" },
      names,
    );
    expect(lines).toEqual([
      { label: "Tổ công đoàn", from: "Tổ Văn phòng", to: "Tổ Toán – Tin" },
      { label: "Ngày hiệu lực", to: "01/12/2026" },
      { label: "Lý do", to: "Phân công lại" },
    ]);
  });

  it("a status change and an edit: Vietnamese statuses, dates, yes/no, money, empty as —", () => {
    expect(
      describeChange({ status: "ACTIVE", groupId: "g-vp" }, { status: "RETIRED", groupId: "g-vp" }, names),
    ).toEqual([{ label: "Trạng thái", from: "Đang sinh hoạt", to: "Nghỉ hưu" }]);
    expect(
      describeChange(
        {
          phone: "0905000111",
          dateOfBirth: "1990-02-01",
          isPartyMember: false,
          insuranceSalary: 5000000,
          note: null,
        },
        {
          phone: "0987654321",
          dateOfBirth: "1990-02-03",
          isPartyMember: true,
          insuranceSalary: 6500000,
          note: "Mới",
        },
        names,
      ),
    ).toEqual([
      { label: "Ngày sinh", from: "01/02/1990", to: "03/02/1990" },
      { label: "Điện thoại", from: "0905000111", to: "0987654321" },
      { label: "Đảng viên", from: "Không", to: "Có" },
      { label: "Lương đóng BHXH", from: "5.000.000 ₫", to: "6.500.000 ₫" },
      { label: "Ghi chú", from: "—", to: "Mới" },
    ]);
  });

  it("leaves out fields it has no words for and values that are empty after the change", () => {
    expect(describeChange({ version: 3 }, { version: 4, reason: "", unknownId: "cmx123" }, names)).toEqual(
      [],
    );
    expect(describeChange(null, null, names)).toEqual([]);
  });

  it("a tổ no longer known is said so, never shown as an id", () => {
    expect(describeChange({ groupId: "g-vp" }, { groupId: "cmxbsv0c" }, names)).toEqual([
      { label: "Tổ công đoàn", from: "Tổ Văn phòng", to: "(tổ đã xóa)" },
    ]);
  });

  it("collects the tổ ids of a history once", () => {
    expect(
      groupIdsIn([
        { before: { groupId: "a" }, after: { groupId: "b" } },
        { before: null, after: { groupId: "a", phone: "1" } },
      ]).sort(),
    ).toEqual(["a", "b"]);
  });
});

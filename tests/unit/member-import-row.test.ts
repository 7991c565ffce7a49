// One import row: mapped to the member form's shape (the Excel leniency), then checked with the form's
// own field rules, whose issues become the import's Vietnamese row errors.
import { describe, expect, it } from "vitest";
import type { ImportField } from "@/lib/members/import/columns";
import { validateRow, type GroupLookup } from "@/lib/members/import/validate-row";

const TODAY = "2026-06-01";
const groups: GroupLookup = new Map([
  ["to van phong", { id: "g1", name: "Tổ Văn phòng", archived: false }],
  ["to cu", { id: "g0", name: "Tổ Cũ", archived: true }],
]);

function check(row: Partial<Record<ImportField, string>>) {
  const fields = Object.keys(row) as ImportField[];
  return validateRow(Object.values(row) as string[], fields, groups, TODAY);
}
const base = { fullName: "Nguyễn Thị An", gender: "Nữ" };

describe("an import row", () => {
  it("maps Excel's leniency to the form's values", () => {
    const { data, errors } = check({
      ...base,
      phone: "912345678",
      insuranceSalary: "5.000.000 đ",
      isPartyMember: "x",
      partyJoinedOn: "03/02/2010",
      cardNumber: "qn-0042",
      email: "An@Truong.EDU.vn",
      group: "tổ văn phòng",
      note: "Nghỉ hưu; chuyển về quê",
      dateOfBirth: "1/2/1985",
    });
    expect(errors).toEqual([]);
    expect(data).toMatchObject({
      fullName: "Nguyễn Thị An",
      gender: "FEMALE",
      phone: "0912345678",
      insuranceSalary: 5000000,
      isPartyMember: true,
      partyJoinedOn: "2010-02-03",
      cardNumber: "QN-0042",
      email: "an@truong.edu.vn",
      groupId: "g1",
      status: "RETIRED",
      note: "chuyển về quê",
      dateOfBirth: "1985-02-01",
    });
  });

  it("takes a year of birth from the Nam / Nữ columns", () => {
    expect(check({ fullName: "Trần Văn Bình", maleYear: "1980" }).data).toMatchObject({
      gender: "MALE",
      birthYear: 1980,
    });
  });

  it("words the form's rules as the import's errors, naming the cell", () => {
    expect(check({ ...base, dateOfBirth: "31/02/1990" }).errors).toEqual([
      "Ngày sinh “31/02/1990” không hợp lệ (dạng dd/mm/yyyy).",
    ]);
    expect(check({ ...base, joinedUnionOn: "01/01/2030" }).errors).toEqual([
      "Ngày vào công đoàn 01/01/2030 ở tương lai.",
    ]);
    expect(check({ ...base, phone: "12345" }).errors).toEqual(["Số điện thoại “12345” không hợp lệ."]);
    expect(check({ ...base, idNumber: "123" }).errors).toEqual(["Số CCCD gồm đúng 12 chữ số."]);
    expect(check({ ...base, hometown: "x".repeat(201) }).errors).toEqual(["Quê quán dài quá 200 ký tự."]);
    expect(check({ ...base, group: "Tổ Cũ" }).errors).toEqual(["Tổ “Tổ Cũ” đã lưu trữ."]);
    expect(check({ gender: "Nam" }).errors).toEqual(["Thiếu họ và tên."]);
  });

  it("follows the member form where the import's own rules used to differ", () => {
    // The form's email rule (zod's), not a looser pattern.
    expect(check({ ...base, email: "an@@truong.vn" }).errors).toEqual([
      "Email “an@@truong.vn” không hợp lệ.",
    ]);
    // A card number is 4–20 letters, digits or "-", without spaces, as in the form.
    expect(check({ ...base, cardNumber: "QN 0042" }).errors).toEqual([
      "Số thẻ “QN 0042” không hợp lệ (4–20 chữ số hoặc chữ cái).",
    ]);
    // The form sets no lower bound on the day of joining the union or the Party.
    expect(check({ ...base, joinedUnionOn: "01/05/1929" }).errors).toEqual([]);
  });

  it("checks that the union was joined after birth, with a year of birth alone too", () => {
    expect(check({ ...base, birthYear: "1990", joinedUnionOn: "01/01/1989" }).errors).toEqual([
      "Ngày vào công đoàn phải sau ngày sinh.",
    ]);
  });
});

// The name shown for an account: the cấp trên's account has no member record and must not go by its e-mail.
import { describe, expect, it } from "vitest";
import { accountName } from "@/lib/auth/account-name";

const upper = {
  email: "captren@demo.vn",
  unitName: "Công đoàn Giáo dục thành phố Đà Nẵng",
  upperOffice: "CHAIR",
  member: null,
};

describe("accountName", () => {
  it("names a member's account by the member's full name", () => {
    expect(
      accountName({
        email: "chutich@demo.vn",
        unitName: "Công đoàn Trường THPT Lê Quý Đôn",
        upperOffice: null,
        member: { fullName: "Trần Thị Thu Hà" },
      }),
    ).toBe("Trần Thị Thu Hà");
  });

  it("names a cấp trên's account by its organisation, not its e-mail", () => {
    expect(accountName(upper)).toBe("Công đoàn Giáo dục thành phố Đà Nẵng");
  });

  it("names an administrator's account without a member record by its e-mail", () => {
    expect(accountName({ ...upper, email: "admin@truong.edu.vn", upperOffice: null })).toBe(
      "admin@truong.edu.vn",
    );
  });
});

// The production build bundles lib/errors.ts more than once: an AppError made by one copy must be
// recognised by another (issue 15: `instanceof` failed, and a NUL in a name answered "Đã có lỗi
// không mong muốn"). A second copy of the module is loaded here under another module id.
import { describe, expect, it } from "vitest";
import { AppError, invalid, isAppError } from "@/lib/errors";

const other = (await import(
  // @ts-expect-error: the same file under a second module id, as a second bundle holds it
  "../../lib/errors.ts?second-bundle"
)) as typeof import("@/lib/errors");

describe("AppError across bundles", () => {
  it("is a separate class in the second copy", () => {
    expect(other.AppError).not.toBe(AppError);
  });

  it("recognises an error made by the other copy, by brand and by instanceof", () => {
    const e = other.invalid({ fullName: "Họ và tên có ký tự ẩn." });
    expect(isAppError(e)).toBe(true);
    expect(e instanceof AppError).toBe(true);
    expect(other.isAppError(invalid({}))).toBe(true);
    expect(e.code).toBe("VALIDATION");
    expect(e.fieldErrors).toEqual({ fullName: "Họ và tên có ký tự ẩn." });
  });

  it("does not take other errors for expected ones", () => {
    expect(isAppError(new Error("x"))).toBe(false);
    expect(isAppError({ code: "VALIDATION", message: "giả" })).toBe(false);
    expect(isAppError(Object.assign(new Error("P2002"), { code: "P2002" }))).toBe(false);
    expect(isAppError(null)).toBe(false);
    expect(new Error("x") instanceof AppError).toBe(false);
  });

  it("keeps instanceof of a subclass to that subclass", () => {
    class Narrow extends AppError {}
    expect(new Narrow("CONFLICT", "x") instanceof Narrow).toBe(true);
    expect(new AppError("CONFLICT", "x") instanceof Narrow).toBe(false);
    expect(new Narrow("CONFLICT", "x") instanceof AppError).toBe(true);
  });
});

import { describe, expect, it, vi } from "vitest";
import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { contactSchema, type ContactValues } from "@/lib/members/schema";

const options = { fields: {}, shouldUseNativeValidation: false } as never;

describe("a form's zod schema loaded on first use", () => {
  it("gives the schema's own Vietnamese messages, and loads the schema once", async () => {
    const load = vi.fn(async () => contactSchema);
    const resolver = lazyZodResolver<ContactValues>(load);
    expect(load).not.toHaveBeenCalled();
    const bad = await resolver({ phone: "abc", email: "không-phải-email" }, undefined, options);
    expect(bad.errors.phone?.message).toMatch(/điện thoại/i);
    expect(bad.errors.email?.message).toBe("Email không hợp lệ.");
    const good = await resolver({ phone: "0912345678", email: "" }, undefined, options);
    expect(good.errors).toEqual({});
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("preload starts the download, and a failed download is tried again on the next check", async () => {
    let fail = true;
    const load = vi.fn(async () => {
      if (fail) throw new Error("offline");
      return contactSchema;
    });
    const resolver = lazyZodResolver<ContactValues>(load);
    resolver.preload();
    await new Promise((ok) => setTimeout(ok, 0));
    fail = false;
    const res = await resolver({ phone: "", email: "" }, undefined, options);
    expect(res.errors).toEqual({});
    expect(load).toHaveBeenCalledTimes(2);
  });
});

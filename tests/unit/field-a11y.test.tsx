// A screen reader hears a field's hint and error on the control itself: <Field> ties them with
// aria-describedby, marks the control invalid and required, and announces the error (role=alert).
import { renderToStaticMarkup } from "react-dom/server";
import { useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { MoneyField } from "@/components/forms/money-field";
import { DateInput } from "@/components/ui/date-input";
import { Field, fieldControlProps } from "@/components/ui/field";

/** The parsed markup, to read attributes without a browser. */
function html(node: React.ReactElement) {
  const markup = renderToStaticMarkup(node);
  const attr = (selectorId: string, name: string) => {
    const tag = new RegExp(`<[a-z]+[^>]*\\bid="${selectorId}"[^>]*>`).exec(markup)?.[0] ?? "";
    return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
  };
  return { markup, attr };
}

describe("Field", () => {
  it("describes the control by its hint while there is no error", () => {
    const { attr, markup } = html(
      <Field label="Ngày sinh" htmlFor="dob" hint="Ví dụ 01/02/1990">
        <input id="dob" />
      </Field>,
    );
    expect(attr("dob", "aria-describedby")).toBe("dob-hint");
    expect(attr("dob-hint", "class")).not.toBeNull();
    expect(attr("dob", "aria-invalid")).toBeNull();
    expect(markup).not.toContain('role="alert"');
  });

  it("describes the control by its error, marks it invalid, and announces the error", () => {
    const { attr, markup } = html(
      <Field label="Email" htmlFor="email" hint="Email công việc" error="Email không hợp lệ." required>
        <input id="email" aria-describedby="extra" />
      </Field>,
    );
    expect(attr("email", "aria-describedby")).toBe("extra email-error");
    expect(attr("email", "aria-invalid")).toBe("true");
    expect(attr("email", "aria-required")).toBe("true");
    expect(attr("email-error", "role")).toBe("alert");
    expect(markup).toContain(">Email không hợp lệ.</p>");
    // The hint gives way to the error; the visual "*" is not read out (aria-required says it).
    expect(markup).not.toContain("Email công việc");
    expect(markup).toMatch(/<span aria-hidden="true"[^>]*> \*<\/span>/);
  });

  it("reaches a control that is a component passing its props on (DateInput), among other children", () => {
    const { attr } = html(
      <Field label="Ngày thăm" htmlFor="visitedOn" error="Ngày không hợp lệ.">
        <DateInput id="visitedOn" />
        <span id="note">ghi chú</span>
      </Field>,
    );
    expect(attr("visitedOn", "aria-describedby")).toBe("visitedOn-error");
    expect(attr("visitedOn", "aria-invalid")).toBe("true");
    expect(attr("note", "aria-describedby")).toBeNull();
  });

  it("leaves a wrapper alone; fieldControlProps gives the same attributes to a control inside it", () => {
    const props = fieldControlProps({ htmlFor: "pw", hint: "8 ký tự", required: true });
    const { attr } = html(
      <Field label="Mật khẩu tạm" htmlFor="pw" hint="8 ký tự" required>
        <div id="wrap">
          <input id="pw" {...props} />
        </div>
      </Field>,
    );
    expect(attr("wrap", "aria-describedby")).toBeNull();
    expect(attr("pw", "aria-describedby")).toBe("pw-hint");
    expect(attr("pw", "aria-required")).toBe("true");
    expect(fieldControlProps({ htmlFor: "x", error: "Sai." })).toEqual({
      "aria-describedby": "x-error",
      "aria-invalid": true,
      "aria-required": undefined,
    });
  });
});

function BudgetForm() {
  const form = useForm({ defaultValues: { amount: "1.500.000" } });
  return (
    <MoneyField control={form.control} name="amount" id="b-amount" label="Dự toán" hint="Cả năm" required />
  );
}

describe("MoneyField", () => {
  it("is a labelled money input described by its hint and marked required, like any Field", () => {
    const { attr, markup } = html(<BudgetForm />);
    expect(markup).toContain('<label for="b-amount"');
    expect(attr("b-amount", "value")).toBe("1.500.000");
    expect(attr("b-amount", "inputMode")).toBe("numeric");
    expect(attr("b-amount", "aria-describedby")).toBe("b-amount-hint");
    expect(attr("b-amount", "aria-required")).toBe("true");
    expect(attr("b-amount", "aria-invalid")).toBeNull();
    expect(markup).toContain(">Cả năm</p>");
  });
});

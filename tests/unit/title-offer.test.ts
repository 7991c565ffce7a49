// What the title decision form offers is what the server accepts (lib/rating/titles/offer.ts).
import { describe, expect, it } from "vitest";
import { CDCS_FORM_OFF, formProblem, resultProblem, STATE_TITLE_FORM } from "@/lib/rating/titles/offer";

describe("results a candidate may get", () => {
  it("an eligible candidate may get any result", () => {
    expect([resultProblem("ACHIEVED", null), resultProblem("PROPOSED_HIGHER", null)]).toEqual([null, null]);
  });
  it("a barred candidate may only get Không đạt, and is told why", () => {
    const bar = "Chưa có mức xếp loại cuối cùng";
    expect(resultProblem("ACHIEVED", bar)).toBe("Chưa đủ điều kiện: Chưa có mức xếp loại cuối cùng.");
    expect(resultProblem("PROPOSED_HIGHER", bar)).toBe("Chưa đủ điều kiện: Chưa có mức xếp loại cuối cùng.");
    expect(resultProblem("NOT_ACHIEVED", bar)).toBeNull();
  });
});

describe("forms of commendation a title may be proposed for", () => {
  const upper = { conferrer: "UNION_UPPER" as const };
  const own = { conferrer: "CDCS" as const };
  it("no union form on a state title", () => {
    expect(formProblem(upper, "AGENCY", true)).toBe(STATE_TITLE_FORM);
    expect(formProblem(own, "AGENCY", true)).toBe(STATE_TITLE_FORM);
  });
  it("the BCH's own Giấy khen only where the year allows it", () => {
    expect(formProblem(own, "UNION_UPPER", false)).toBe(CDCS_FORM_OFF);
    expect(formProblem(own, "UNION_UPPER", true)).toBeNull();
    expect(formProblem(upper, "CDCS", false)).toBeNull();
  });
});

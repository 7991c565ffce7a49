import { describe, expect, it } from "vitest";
import { buildAssessmentSchema } from "@/lib/emulation/assessment-schema";

const schema = buildAssessmentSchema([
  { id: "c1", maxPoints: 10 },
  { id: "c2", maxPoints: 30 },
]);
const base = { yearId: "y", comment: "", outcomes: [], intent: "draft" as const };

describe("the self-assessment schema built from the template", () => {
  it("refuses a score above the criterion's maximum, on that field", () => {
    const r = schema.safeParse({ ...base, scores: { c1: "11", c2: "30" } });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path).toEqual(["scores", "c1"]);
    expect(r.error!.issues[0].message).toBe("Tối đa 10 điểm.");
  });
  it("refuses negative and fractional scores", () => {
    expect(schema.safeParse({ ...base, scores: { c1: "-1", c2: "" } }).success).toBe(false);
    expect(schema.safeParse({ ...base, scores: { c1: "2.5", c2: "" } }).success).toBe(false);
  });
  it("lets a draft leave scores empty, but not a submission", () => {
    expect(schema.safeParse({ ...base, scores: { c1: "", c2: null } }).success).toBe(true);
    const r = schema.safeParse({ ...base, intent: "submit", scores: { c1: "10", c2: "" } });
    expect(r.error!.issues.map((i) => i.path.join("."))).toEqual(["scores.c2"]);
  });
  it("parses typed numbers", () => {
    expect(schema.parse({ ...base, scores: { c1: "10", c2: 30 } }).scores).toEqual({ c1: 10, c2: 30 });
  });
});

// The CĐCS score sheets by unit type (Hướng dẫn 1294/HD-TLĐ): points, group names, dating.
import { describe, expect, it } from "vitest";
import { matchUnitTemplate, UNIT_GROUPS, unitTemplateFor } from "@/lib/rating/defaults";

const byGroup = (criteria: { groupName: string; maxPoints: number }[]) => {
  const out: Record<string, number> = {};
  for (const c of criteria) out[c.groupName] = (out[c.groupName] ?? 0) + c.maxPoints;
  return out;
};

describe("the CĐCS score sheet by unit type", () => {
  it("hành chính sự nghiệp: 40 / 40 / 15 plus 5 bonus points, 100 in all, group 1 named in full", () => {
    const t = unitTemplateFor("hcsn", "2026-12-31");
    expect(byGroup(t.criteria)).toEqual({
      [UNIT_GROUPS.g1]: 40,
      [UNIT_GROUPS.g2]: 40,
      [UNIT_GROUPS.g3]: 15,
      [UNIT_GROUPS.bonus]: 5,
    });
    expect(t.criteria.reduce((s, c) => s + c.maxPoints, 0)).toBe(100);
    expect(UNIT_GROUPS.g1.endsWith("và tham gia quản lý, thanh tra, kiểm tra, giám sát")).toBe(true);
    expect(t.guidance).toContain("1294/HD-TLĐ ngày 14/8/2019");
  });

  it("doanh nghiệp has its own table, 100 in all; a sheet is recognised only when unchanged", () => {
    const e = unitTemplateFor("enterprise", "2026-12-31");
    const h = unitTemplateFor("hcsn", "2026-12-31");
    expect(e.key).not.toBe(h.key);
    expect(e.criteria.reduce((s, c) => s + c.maxPoints, 0)).toBe(100);
    expect(matchUnitTemplate(e.criteria)?.key).toBe(e.key);
    expect(matchUnitTemplate([{ ...h.criteria[0], maxPoints: 14 }, ...h.criteria.slice(1)])).toBeNull();
  });
});

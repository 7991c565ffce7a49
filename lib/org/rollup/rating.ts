import "server-only";
// Section 2: the rating spread of the year, per CĐCS: its members by final level (the BCH's
// decision, MemberRating.finalLevel), and the CĐCS's own level, self-rated and, where its cấp trên
// has appraised it, the thẩm định (the unit's CollectiveRating, where the appraisal is written back).
// One set-based query; levels are named by each unit's scheme and ordered by their position in it.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { type RollupTable, SECTION_TITLES, sumColumn } from "./table";
import { type RollupScope, scopeUnits, unitsCte } from "./units";

type Line = { unitId: string; k: "M" | "S" | "A"; level: string | null; n: number; pos: number | null };

export const UNRATED = "Chưa xếp loại";

export async function ratingTable(scope: RollupScope, year: number): Promise<RollupTable> {
  const [units, lines] = await Promise.all([
    scopeUnits(scope),
    db.$queryRaw<Line[]>(Prisma.sql`${unitsCte(scope)},
      ry AS (
        SELECT r.id, r."unitId", r."emulationYearId" FROM "RatingYear" r
         WHERE r."unitId" IN (SELECT id FROM units) AND r.year = ${year}
      )
      SELECT ry."unitId", 'M' AS k, mr."finalLevel" AS level, count(*)::int AS n,
             min(l.position)::int AS pos
        FROM ry JOIN "MemberRating" mr ON mr."ratingYearId" = ry.id
        LEFT JOIN "EmulationLevel" l ON l."yearId" = ry."emulationYearId" AND l.name = mr."finalLevel"
       GROUP BY 1, 3
      UNION ALL
      SELECT ry."unitId", 'S', cr."selfLevel", 1, NULL
        FROM ry JOIN "CollectiveRating" cr ON cr."ratingYearId" = ry.id AND cr."subjectKey" = 'unit'
       WHERE cr.scope = 'UNIT' AND cr."selfLevel" IS NOT NULL
      UNION ALL
      SELECT ry."unitId", 'A', cr."finalLevel", 1, NULL
        FROM ry JOIN "CollectiveRating" cr ON cr."ratingYearId" = ry.id AND cr."subjectKey" = 'unit'
       WHERE cr.scope = 'UNIT' AND cr."finalLevel" IS NOT NULL`),
  ]);
  // The member levels in the order of the schemes (a level no scheme names goes last).
  const order = new Map<string, number>();
  for (const l of lines)
    if (l.k === "M" && l.level !== null) {
      const pos = l.pos ?? 99;
      order.set(l.level, Math.min(order.get(l.level) ?? 99, pos));
    }
  const levels = [...order.keys()].sort((a, b) => order.get(a)! - order.get(b)! || a.localeCompare(b, "vi"));
  const hasUnrated = lines.some((l) => l.k === "M" && l.level === null);
  const memberCols = hasUnrated ? [...levels, UNRATED] : levels;
  const byUnit = new Map<string, Line[]>();
  for (const l of lines) byUnit.set(l.unitId, [...(byUnit.get(l.unitId) ?? []), l]);
  const rows = units.map((u) => {
    const mine = byUnit.get(u.id) ?? [];
    const count = (level: string) =>
      mine.filter((l) => l.k === "M" && (l.level ?? UNRATED) === level).reduce((s, l) => s + l.n, 0);
    const self = mine.find((l) => l.k === "S")?.level ?? "";
    const appraised = mine.find((l) => l.k === "A")?.level ?? "";
    return { unitId: u.id, name: u.name, cells: [...memberCols.map(count), self, appraised] };
  });
  const spread = (k: "S" | "A") => {
    const counts = new Map<string, number>();
    for (const l of lines) if (l.k === k && l.level) counts.set(l.level, (counts.get(l.level) ?? 0) + 1);
    const rank = (lv: string) => order.get(lv) ?? 99;
    const parts = [...counts].sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0], "vi"));
    return parts.length ? parts.map(([lv, n]) => `${lv}: ${n}`).join("; ") : "chưa có";
  };
  const appraisedCount = lines.filter((l) => l.k === "A").length;
  return {
    section: "rating",
    title: SECTION_TITLES.rating,
    year,
    columns: [
      ...memberCols.map((label) => ({ label, group: "Đoàn viên theo mức xếp loại" })),
      { label: "CĐCS tự xếp loại" },
      { label: "Cấp trên thẩm định" },
    ],
    rows,
    total: [...memberCols.map((_, i) => sumColumn(rows, i)), "", ""],
    notes: [
      `Xếp loại đoàn viên năm ${year}: mức do Ban Chấp hành CĐCS quyết định.`,
      `CĐCS tự xếp loại: ${spread("S")}.`,
      `Cấp trên đã thẩm định ${appraisedCount}/${units.length} CĐCS: ${spread("A")}.`,
    ],
  };
}

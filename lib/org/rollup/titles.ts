import "server-only";
// Section 3: the year's titles, per CĐCS and form: the danh hiệu its BCH found achieved (TitleAward
// ACHIEVED, by title) and the forms of commendation it proposed to a higher level (PROPOSED_HIGHER,
// by form), then what the cấp trên DECIDED on them in an issued quyết định (UpperAwardLine with a
// decisionId: Khen by form, not yet revoked; Không khen; revoked by a later quyết định). Counts only,
// one set-based query; the names stay in the CĐCS's papers and the quyết định.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { type RollupTable, SECTION_TITLES, sumColumn } from "./table";
import { type RollupScope, scopeUnits, unitsCte } from "./units";

type Kind = "T" | "C" | "K" | "X";
type Line = { unitId: string; k: Kind; form: string; n: number };

const GROUPS = {
  T: "Danh hiệu đạt",
  C: "Đề nghị khen thưởng",
  K: "Cấp trên quyết định khen",
  X: "Cấp trên quyết định khác",
} as const;
/** The "X" columns, in this order: proposals the quyết định did not award, awards a later one revoked. */
const OTHER = ["Không khen", "Đã thu hồi"];

export async function titlesTable(scope: RollupScope, year: number): Promise<RollupTable> {
  const [units, lines] = await Promise.all([
    scopeUnits(scope),
    db.$queryRaw<Line[]>(Prisma.sql`${unitsCte(scope)},
      ta AS (
        SELECT r."unitId", a.result, a."titleId", a."commendationId"
          FROM "RatingYear" r JOIN "TitleAward" a ON a."ratingYearId" = r.id
         WHERE r."unitId" IN (SELECT id FROM units) AND r.year = ${year}
           AND a.result IN ('ACHIEVED', 'PROPOSED_HIGHER')
      )
      SELECT ta."unitId", 'T' AS k, t.name AS form, count(*)::int AS n
        FROM ta JOIN "EmulationTitle" t ON t.id = ta."titleId"
       WHERE ta.result = 'ACHIEVED' GROUP BY 1, 3
      UNION ALL
      SELECT ta."unitId", 'C', c.name, count(*)::int
        FROM ta JOIN "EmulationCommendation" c ON c.id = ta."commendationId"
       WHERE ta.result = 'PROPOSED_HIGHER' GROUP BY 1, 3
      UNION ALL
      SELECT l."unitId", CASE WHEN l.verdict = 'AWARD' AND l."revokedByDecisionId" IS NULL THEN 'K' ELSE 'X' END,
             CASE WHEN l.verdict = 'NO_AWARD' THEN ${OTHER[0]}
                  WHEN l."revokedByDecisionId" IS NOT NULL THEN ${OTHER[1]} ELSE l.form END,
             count(*)::int
        FROM "UpperAwardLine" l
       WHERE l."unitId" IN (SELECT id FROM units) AND l.year = ${year} AND l."decisionId" IS NOT NULL
       GROUP BY 1, 2, 3`),
  ]);
  const cols: { k: Kind; form: string }[] = [];
  for (const k of ["T", "C", "K", "X"] as const) {
    const present = new Set(lines.filter((l) => l.k === k).map((l) => l.form));
    const forms =
      k === "X" ? OTHER.filter((f) => present.has(f)) : [...present].sort((a, b) => a.localeCompare(b, "vi"));
    for (const form of forms) cols.push({ k, form });
  }
  const n = new Map(lines.map((l) => [`${l.unitId}|${l.k}|${l.form}`, l.n]));
  const rows = units.map((u) => ({
    unitId: u.id,
    name: u.name,
    cells: cols.map((c) => n.get(`${u.id}|${c.k}|${c.form}`) ?? 0),
  }));
  return {
    section: "titles",
    title: SECTION_TITLES.titles,
    year,
    columns: cols.map((c) => ({ label: c.form, group: GROUPS[c.k] })),
    rows,
    total: cols.map((_, i) => sumColumn(rows, i)),
    notes: [
      `Danh hiệu đạt: kết quả bình xét thi đua năm ${year} của Ban Chấp hành CĐCS. Đề nghị khen thưởng: các trường hợp CĐCS đề nghị cấp trên khen, theo hình thức khen thưởng. Cấp trên quyết định: các đề nghị đã có quyết định của cấp trên ban hành (khen, không khen, hoặc đã bị quyết định sau thu hồi).`,
      ...(cols.length ? [] : ["Chưa có CĐCS nào có kết quả bình xét thi đua của năm này."]),
    ],
  };
}

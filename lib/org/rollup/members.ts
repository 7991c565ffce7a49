import "server-only";
// Section 1: members at the year's end and the year's movements, per CĐCS. The figures are those of
// the CĐCS's own báo cáo thống kê, biến động đoàn viên (lib/members/statistics/figures-sql.ts: one
// definition), summed over its tổ by unitId: set-based, never a member row, and kept per unit and
// year in a store that is worked out again for a unit once its members change (decision 0092).
import { type StoredFigure, unitYearFigures } from "./figures-store";
import { type RollupTable, SECTION_TITLES, sumColumn } from "./table";
import { type RollupScope, scopeUnits } from "./units";

const FIGURES = [
  ["closing", "Đoàn viên 31/12 (kể cả tạm ngừng sinh hoạt)"],
  ["female", "Nữ"],
  ["party", "Đảng viên"],
  ["admitted", "Kết nạp"],
  ["transferredIn", "Chuyển đến"],
  ["transferredOut", "Chuyển đi"],
  ["exited", "Ra khỏi tổ chức"],
] as const satisfies readonly (readonly [StoredFigure, string])[];

export async function membersTable(scope: RollupScope, year: number): Promise<RollupTable> {
  const [units, sums] = await Promise.all([scopeUnits(scope), unitYearFigures(scope, year)]);
  const byUnit = new Map(sums.map((s) => [s.unitId, s]));
  const rows = units.map((u) => ({
    unitId: u.id,
    name: u.name,
    cells: FIGURES.map(([k]) => Number(byUnit.get(u.id)?.[k] ?? 0)),
  }));
  return {
    section: "members",
    title: SECTION_TITLES.members,
    year,
    columns: FIGURES.map(([, label]) => ({ label })),
    rows,
    total: FIGURES.map((_, i) => sumColumn(rows, i)),
    notes: [
      `Số đoàn viên, nữ và đảng viên tính đến hết ngày 31/12/${year}; biến động trong năm ${year} (01/01–31/12), theo cùng định nghĩa với báo cáo thống kê, biến động đoàn viên của CĐCS. Ra khỏi tổ chức gồm thôi sinh hoạt, nghỉ hưu và khai trừ.`,
    ],
  };
}

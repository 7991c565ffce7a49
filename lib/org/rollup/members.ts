import "server-only";
// Section 1: members at the year's end and the year's movements, per CĐCS. The figures are those of
// the CĐCS's own báo cáo thống kê, biến động đoàn viên (lib/members/statistics/figures-sql.ts: one
// definition), summed over its tổ by unitId: a set-based query, never a member row.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { groupFiguresCtes } from "@/lib/members/statistics/figures-sql";
import { type RollupTable, SECTION_TITLES, sumColumn } from "./table";
import { type RollupScope, scopeUnits, unitsCte, yearDays } from "./units";

const FIGURES = [
  ["closing", "Đoàn viên (31/12)"],
  ["female", "Nữ"],
  ["party", "Đảng viên"],
  ["admitted", "Kết nạp"],
  ["transferredIn", "Chuyển đến"],
  ["transferredOut", "Chuyển đi"],
  ["exited", "Ra khỏi tổ chức"],
] as const;
type Key = (typeof FIGURES)[number][0];

export async function membersTable(scope: RollupScope, year: number): Promise<RollupTable> {
  const { from, to } = yearDays(year);
  const [units, sums] = await Promise.all([
    scopeUnits(scope),
    db.$queryRaw<({ unitId: string } & Record<Key, number>)[]>(Prisma.sql`${unitsCte(scope)},
      ${groupFiguresCtes(Prisma.sql`SELECT id FROM units`, from, to)}
      SELECT "unitId", ${Prisma.join(
        FIGURES.map(([k]) => Prisma.sql`sum(${Prisma.raw(`"${k}"`)})::int AS ${Prisma.raw(`"${k}"`)}`),
      )}
      FROM group_figures GROUP BY "unitId"`),
  ]);
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

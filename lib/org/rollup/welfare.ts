import "server-only";
// Section 4: thăm hỏi, trợ cấp paid in the year (visits DONE, by the day of the event, as the CĐCS's
// own sổ and summary count them), per CĐCS and category: cases and đồng. No names, no notes, no
// relative: one set-based query grouped by unit and category name. The small-cell rule (minimise.ts)
// withholds a category with 1–2 cases in a unit's row.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { minimiseRow, SMALL_CELL, type Tally } from "./minimise";
import { type RollupCell, type RollupColumn, type RollupTable, SECTION_TITLES, WITHHELD } from "./table";
import { type RollupScope, scopeUnits, unitsCte, welfarePaidInYear } from "./units";

type Line = { unitId: string; category: string; sort: number; count: number; amount: bigint };

export const MERGED = "Khác (gộp)";

export async function welfareTable(scope: RollupScope, year: number): Promise<RollupTable> {
  const [units, lines] = await Promise.all([
    scopeUnits(scope),
    db.$queryRaw<Line[]>(Prisma.sql`${unitsCte(scope)}
      SELECT v."unitId", c.name AS category, min(c."sortOrder")::int AS sort,
             count(*)::int AS count, sum(v.amount)::bigint AS amount
        FROM "WelfareVisit" v JOIN "WelfareCategory" c ON c.id = v."categoryId"
       WHERE v."unitId" IN (SELECT id FROM units) AND ${welfarePaidInYear(year)}
       GROUP BY 1, 2`),
  ]);
  const sortOf = new Map<string, number>();
  for (const l of lines) sortOf.set(l.category, Math.min(sortOf.get(l.category) ?? 1e9, l.sort));
  const categories = [...sortOf.keys()].sort(
    (a, b) => sortOf.get(a)! - sortOf.get(b)! || a.localeCompare(b, "vi"),
  );
  const tally = new Map(lines.map((l) => [`${l.unitId}|${l.category}`, l]));
  const columns: RollupColumn[] = [...categories, MERGED, "Tổng cộng"].flatMap((group) => [
    { label: "Lượt", group },
    { label: "Số tiền (đồng)", group, money: true },
  ]);
  const width = columns.length;
  const total: number[] = Array(width).fill(0);
  let withheld = 0;
  const rows = units.map((u) => {
    const cells: Tally[] = categories.map((c) => {
      const l = tally.get(`${u.id}|${c}`);
      return { count: l?.count ?? 0, amount: Number(l?.amount ?? 0) };
    });
    const { shown, merged, total: all } = minimiseRow(cells);
    withheld += shown.filter((s) => s === null).length;
    const out: RollupCell[] = [
      ...shown.flatMap<RollupCell>((s) => (s ? [s.count, s.amount] : [WITHHELD, null])),
      merged.count,
      merged.amount,
      all.count,
      all.amount,
    ];
    out.forEach((v, i) => (total[i] += typeof v === "number" ? v : 0));
    return { unitId: u.id, name: u.name, cells: out };
  });
  return {
    section: "welfare",
    title: SECTION_TITLES.welfare,
    year,
    columns,
    rows,
    total,
    notes: [
      `Các khoản thăm hỏi, trợ cấp đã chi có ngày sự việc trong năm ${year}; không gồm khoản đã hủy hoặc chưa chi. Chỉ có số lượt và số tiền: không có tên người, ghi chú hay thân nhân.`,
      `Bảo vệ dữ liệu: ở dòng của từng CĐCS, khoản mục có dưới ${SMALL_CELL} lượt không ghi theo tên khoản mục (“${WITHHELD}”) mà cộng vào cột “${MERGED}”; cột Tổng cộng của dòng vẫn đủ. Dòng Tổng cộng của các khoản mục chỉ cộng số đã ghi.${withheld ? ` Năm nay có ${withheld} ô được gộp.` : ""}`,
    ],
  };
}

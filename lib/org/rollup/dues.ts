import "server-only";
// Section 5: đoàn phí of the year, per CĐCS: what was collected for the year's months (the payment
// rows, reversals included, as the CĐCS's sổ sums them, read from their month sums
// derived."DuesPaymentMonth": decision 0102), the share due to the cấp trên by the dues
// rule (the stored ledger's month sums, derived."DuesUnitMonth", refreshed first: decision
// 0091-duesstore) and what it recorded as sent (its remittances whose span starts in the year).
import { db } from "@/lib/db";
import { freshDuesYearsOf } from "@/lib/finance/dues/store";
import { Prisma } from "@/lib/generated/prisma/client";
import { type RollupTable, SECTION_TITLES, sumColumn } from "./table";
import { type RollupScope, scopeUnits, unitsCte, yearDays } from "./units";

type Line = { unitId: string; collected: bigint; due: bigint; remitted: bigint; remittances: number };

export async function duesTable(scope: RollupScope, year: number): Promise<RollupTable> {
  const { from, next } = yearDays(year);
  const units = await scopeUnits(scope);
  await freshDuesYearsOf(
    units.map((u) => u.id),
    [year],
  );
  const [lines] = await Promise.all([
    db.$queryRaw<Line[]>(Prisma.sql`${unitsCte(scope)},
      paid AS (
        SELECT p."unitId", sum(p.amount)::bigint AS collected FROM derived."DuesPaymentMonth" p
         WHERE p."unitId" IN (SELECT id FROM units)
           AND p.month >= ${from}::date AND p.month < ${next}::date
         GROUP BY 1
      ), due AS (
        SELECT d."unitId", sum(d."upperShare")::bigint AS due FROM derived."DuesUnitMonth" d
         WHERE d."unitId" IN (SELECT id FROM units)
           AND d.month >= ${from}::date AND d.month < ${next}::date
         GROUP BY 1
      ), sent AS (
        SELECT r."unitId", sum(r.amount)::bigint AS remitted, count(*)::int AS remittances
          FROM "DuesRemittance" r
         WHERE r."unitId" IN (SELECT id FROM units)
           AND r."fromMonth" >= ${from}::date AND r."fromMonth" < ${next}::date
         GROUP BY 1
      )
      SELECT units.id AS "unitId", coalesce(paid.collected, 0)::bigint AS collected,
             coalesce(due.due, 0)::bigint AS due,
             coalesce(sent.remitted, 0)::bigint AS remitted, coalesce(sent.remittances, 0)::int AS remittances
        FROM units LEFT JOIN paid ON paid."unitId" = units.id LEFT JOIN due ON due."unitId" = units.id
        LEFT JOIN sent ON sent."unitId" = units.id`),
  ]);
  const byUnit = new Map(lines.map((l) => [l.unitId, l]));
  const rows = units.map((u) => {
    const l = byUnit.get(u.id);
    return {
      unitId: u.id,
      name: u.name,
      cells: [Number(l?.collected ?? 0), Number(l?.due ?? 0), Number(l?.remitted ?? 0), l?.remittances ?? 0],
    };
  });
  return {
    section: "dues",
    title: SECTION_TITLES.dues,
    year,
    columns: [
      { label: "Đã thu (đồng)", money: true },
      { label: "Phải nộp cấp trên (đồng)", money: true },
      { label: "Đã nộp cấp trên (đồng)", money: true },
      { label: "Số lần nộp" },
    ],
    rows,
    total: [0, 1, 2, 3].map((i) => sumColumn(rows, i)),
    notes: [
      `Đã thu: đoàn phí của các tháng năm ${year} đã ghi nhận (kể cả bút toán điều chỉnh). Phải nộp cấp trên: phần của cấp trên trong số đã thu theo mức quy định, từng tháng theo tỷ lệ của tháng đó. Đã nộp cấp trên: các lần nộp phần của cấp trên có kỳ bắt đầu trong năm ${year}.`,
    ],
  };
}

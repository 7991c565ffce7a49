// Fund records for tests: the default categories of a unit, an entry written as the seed does.
import { DEFAULT_CATEGORIES } from "../../lib/finance/labels";
import type { PrismaClient } from "../../lib/generated/prisma/client";

export async function makeFundCategories(db: PrismaClient, unitId: string) {
  await db.fundCategory.createMany({
    data: DEFAULT_CATEGORIES.map((c) => ({ ...c, unitId })),
    skipDuplicates: true,
  });
  const rows = await db.fundCategory.findMany({ where: { unitId }, select: { id: true, code: true } });
  return Object.fromEntries(rows.map((r) => [r.code, r.id])) as Record<string, string>;
}

let n = 0;
export async function makeFundEntry(
  db: PrismaClient,
  e: {
    unitId: string;
    code: string;
    date: string;
    amount: number;
    direction?: "IN" | "OUT";
    account?: "CASH" | "BANK";
    sourceKind?: string;
  },
) {
  const cats = await makeFundCategories(db, e.unitId);
  const direction =
    e.direction ?? (DEFAULT_CATEGORIES.find((c) => c.code === e.code)?.direction as "IN" | "OUT");
  return db.fundEntry.create({
    data: {
      unitId: e.unitId,
      date: new Date(`${e.date}T00:00:00.000Z`),
      direction,
      account: e.account ?? "CASH",
      categoryId: cats[e.code],
      amount: e.amount,
      voucherYear: Number(e.date.slice(0, 4)),
      voucherNo: `T${process.pid}-${++n}`,
      description: `Phiếu thử ${n}`,
      sourceKind: e.sourceKind ?? null,
    },
  });
}

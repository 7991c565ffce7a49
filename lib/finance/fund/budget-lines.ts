import "server-only";
// The welfare dự toán is the WELFARE category's budget, one line per welfare category and fund.
import type { Tx } from "@/lib/db";
import type { Fund } from "@/lib/welfare/labels";
import { ensureFundCategories } from "./categories";

export const welfareLineKey = (categoryId: string, fund: Fund) => `${categoryId}:${fund}`;

export async function welfareBudgetLine(
  tx: Tx,
  key: { unitId: string; year: number; categoryId: string; fund: Fund },
) {
  let welfare = await tx.fundCategory.findUnique({
    where: { unitId_code: { unitId: key.unitId, code: "WELFARE" } },
    select: { id: true },
  });
  if (!welfare) {
    await ensureFundCategories(tx, key.unitId);
    welfare = await tx.fundCategory.findUniqueOrThrow({
      where: { unitId_code: { unitId: key.unitId, code: "WELFARE" } },
      select: { id: true },
    });
  }
  const where = {
    unitId: key.unitId,
    year: key.year,
    categoryId: welfare.id,
    lineKey: welfareLineKey(key.categoryId, key.fund),
  };
  return { where, create: { ...where, welfareCategoryId: key.categoryId, welfareFund: key.fund } };
}

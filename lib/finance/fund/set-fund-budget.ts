import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { parseDong, type z } from "@/lib/validation";
import { FIXED_CODES } from "../labels";
import type { budgetSchema } from "./schema";

/** Dự toán of a year and category; the welfare line is set per welfare category in the welfare rules. */
export async function setFundBudget(actor: Actor, input: z.output<typeof budgetSchema>) {
  const category = await db.fundCategory.findFirst({
    where: { id: input.categoryId, unitId: actor.unitId },
    select: { id: true, code: true },
  });
  if (!category) throw invalid({ categoryId: "Nội dung thu chi không tồn tại." });
  if (category.code === FIXED_CODES.WELFARE)
    throw invalid({
      categoryId: "Dự toán thăm hỏi được lập theo từng loại thăm hỏi, ở trang Thăm hỏi › Quy chế.",
    });
  const amount = parseDong(input.amount)!;
  const key = { unitId: actor.unitId, year: input.year, categoryId: category.id, lineKey: "" };
  return db.$transaction(async (tx) => {
    const current = await tx.fundBudget.findUnique({
      where: { unitId_year_categoryId_lineKey: key },
      select: { amount: true },
    });
    const row = await tx.fundBudget.upsert({
      where: { unitId_year_categoryId_lineKey: key },
      create: { ...key, amount },
      update: { amount },
    });
    await writeAudit(tx, actor, {
      action: "finance.budget.set",
      entityType: "FundBudget",
      entityId: row.id,
      before: current ? { amount: current.amount } : null,
      after: { year: input.year, category: category.code, amount },
    });
    return { id: row.id };
  });
}

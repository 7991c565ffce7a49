import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { welfareBudgetLine } from "@/lib/finance/fund/budget-lines";
import type { z } from "@/lib/validation";
import { type budgetSchema, parseDong } from "../schema";

/**
 * Sets the dự toán of a year × category × fund; the change is audited with the old amount. The line
 * lives in the fund's budget (category WELFARE), the one source the fund's report reads too.
 */
export async function setWelfareBudget(actor: Actor, input: z.output<typeof budgetSchema>) {
  const category = await db.welfareCategory.findFirst({
    where: { id: input.categoryId, unitId: actor.unitId },
    select: { id: true },
  });
  if (!category) throw invalid({ categoryId: "Loại thăm hỏi không tồn tại." });
  const amount = parseDong(input.amount)!;
  const key = { unitId: actor.unitId, year: input.year, categoryId: input.categoryId, fund: input.fund };
  return db.$transaction(async (tx) => {
    const line = await welfareBudgetLine(tx, key);
    const current = await tx.fundBudget.findUnique({
      where: { unitId_year_categoryId_lineKey: line.where },
      select: { amount: true },
    });
    const row = await tx.fundBudget.upsert({
      where: { unitId_year_categoryId_lineKey: line.where },
      create: { ...line.create, amount },
      update: { amount },
    });
    await writeAudit(tx, actor, {
      action: "welfare.budget.set",
      entityType: "FundBudget",
      entityId: row.id,
      before: current ? { amount: current.amount } : null,
      after: { ...key, amount },
    });
    return { id: row.id };
  });
}

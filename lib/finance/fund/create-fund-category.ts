import "server-only";
import { randomUUID } from "node:crypto";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import type { z } from "@/lib/validation";
import type { categorySchema } from "./schema";

/** A nội dung thu or chi the unit's quy chế adds; its code is generated (fixed codes are the defaults'). */
export async function createFundCategory(actor: Actor, input: z.output<typeof categorySchema>) {
  const same = await db.fundCategory.findFirst({
    where: {
      unitId: actor.unitId,
      direction: input.direction,
      name: { equals: input.name, mode: "insensitive" },
    },
    select: { id: true },
  });
  if (same) throw invalid({ name: "Đã có nội dung cùng tên." });
  return db.$transaction(async (tx) => {
    const last = await tx.fundCategory.aggregate({
      where: { unitId: actor.unitId, direction: input.direction },
      _max: { sortOrder: true },
    });
    const row = await tx.fundCategory.create({
      data: {
        unitId: actor.unitId,
        code: `U_${randomUUID().slice(0, 8).toUpperCase()}`,
        name: input.name,
        direction: input.direction,
        sortOrder: Math.min((last._max.sortOrder ?? 0) + 1, 89),
      },
      select: { id: true, code: true },
    });
    await writeAudit(tx, actor, {
      action: "finance.category.create",
      entityType: "FundCategory",
      entityId: row.id,
      after: { ...input, code: row.code },
    });
    return { id: row.id };
  });
}

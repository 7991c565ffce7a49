import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { z } from "@/lib/validation";
import type { categorySchema } from "../schema";

/** A new loại thăm hỏi, placed after the others. */
export async function createWelfareCategory(actor: Actor, input: z.output<typeof categorySchema>) {
  const data = { name: input.name, kind: input.kind, relativeApplies: input.relativeApplies };
  return db.$transaction(async (tx) => {
    const max = await tx.welfareCategory.aggregate({
      where: { unitId: actor.unitId },
      _max: { sortOrder: true },
    });
    const c = await tx.welfareCategory.create({
      data: {
        ...data,
        unitId: actor.unitId,
        sortOrder: (max._max.sortOrder ?? 0) + 10,
        archivedAt: input.archived ? new Date() : null,
      },
    });
    await writeAudit(tx, actor, {
      action: "welfare.category.create",
      entityType: "WelfareCategory",
      entityId: c.id,
      after: { ...data, archived: input.archived },
    });
    return { id: c.id };
  });
}

import "server-only";
import { diff, writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import type { updateCategorySchema } from "../schema";

/** Renames, re-kinds or archives a loại thăm hỏi; archiving keeps its first date. No change, no audit row. */
export async function updateWelfareCategory(actor: Actor, input: z.output<typeof updateCategorySchema>) {
  const { id, values: v } = input;
  const data = { name: v.name, kind: v.kind, relativeApplies: v.relativeApplies };
  const current = await db.welfareCategory.findFirst({ where: { id, unitId: actor.unitId } });
  if (!current) throw notFound();
  const next = { ...data, archivedAt: v.archived ? (current.archivedAt ?? new Date()) : null };
  const change = diff(current as unknown as Record<string, unknown>, next);
  if (!change.changed) return { id };
  return db.$transaction(async (tx) => {
    await tx.welfareCategory.update({ where: { id }, data: next });
    await writeAudit(tx, actor, {
      action: "welfare.category.update",
      entityType: "WelfareCategory",
      entityId: id,
      before: change.before,
      after: change.after,
    });
    return { id };
  });
}

import "server-only";
import { diff, writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { z } from "@/lib/validation";
import type { unitInfoSchema } from "./schema";

/** Tên CĐCS, công đoàn cấp trên and địa danh: the print header of every document. */
export async function updateUnitInfo(actor: Actor, input: z.output<typeof unitInfoSchema>) {
  const current = await db.unit.findUniqueOrThrow({
    where: { id: actor.unitId },
    select: { name: true, parentName: true, placeName: true },
  });
  const change = diff(current, input);
  if (change.changed) {
    await db.$transaction(async (tx) => {
      await tx.unit.update({ where: { id: actor.unitId }, data: input });
      await writeAudit(tx, actor, {
        action: "unit.update",
        entityType: "Unit",
        entityId: actor.unitId,
        before: change.before,
        after: change.after,
      });
    });
  }
  return { changed: change.changed };
}

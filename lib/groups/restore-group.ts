import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { z } from "@/lib/validation";
import { findGroup } from "./group-guards";
import type { groupIdSchema } from "./schema";

/** Brings an archived tổ back into the lists. */
export async function restoreGroup(actor: Actor, input: z.output<typeof groupIdSchema>) {
  const { id } = input;
  const group = await findGroup(id, actor.unitId);
  if (!group.archivedAt) return { id };
  await db.$transaction(async (tx) => {
    await tx.group.update({ where: { id }, data: { archivedAt: null } });
    await writeAudit(tx, actor, {
      action: "group.restore",
      entityType: "Group",
      entityId: id,
      before: { archivedAt: group.archivedAt },
      after: { archivedAt: null },
    });
  });
  return { id };
}

import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { z } from "@/lib/validation";
import { assertGroupNameFree } from "./group-guards";
import { type createGroupSchema, normalizeGroupName } from "./schema";

export async function createGroup(actor: Actor, input: z.output<typeof createGroupSchema>) {
  const name = normalizeGroupName(input.name);
  await assertGroupNameFree(actor.unitId, name);
  return db.$transaction(async (tx) => {
    const g = await tx.group.create({
      data: { unitId: actor.unitId, name },
      select: { id: true, name: true },
    });
    await writeAudit(tx, actor, {
      action: "group.create",
      entityType: "Group",
      entityId: g.id,
      after: { name },
    });
    return g;
  });
}

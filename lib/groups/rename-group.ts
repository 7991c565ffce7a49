import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { z } from "@/lib/validation";
import { assertGroupNameFree, findGroup } from "./group-guards";
import { normalizeGroupName, type renameGroupSchema } from "./schema";

export async function renameGroup(actor: Actor, input: z.output<typeof renameGroupSchema>) {
  const { id } = input;
  const name = normalizeGroupName(input.name);
  const group = await findGroup(id, actor.unitId);
  if (group.name === name) return { id };
  await assertGroupNameFree(actor.unitId, name, id);
  await db.$transaction(async (tx) => {
    await tx.group.update({ where: { id }, data: { name } });
    await writeAudit(tx, actor, {
      action: "group.rename",
      entityType: "Group",
      entityId: id,
      before: { name: group.name },
      after: { name },
    });
  });
  return { id };
}

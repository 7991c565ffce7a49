import "server-only";
import { diff, writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { toMemberData } from "./mapping";
import { STALE_MEMBER_MESSAGE, type UpdateMemberInput } from "./schema";
import { memberScope } from "./scope";

/** Edits the record. Moving between tổ is a dated event of its own (changeMemberStatus). */
export async function updateMember(actor: Actor, { id, version, values }: UpdateMemberInput) {
  const current = await db.member.findFirst({ where: { AND: [{ id }, memberScope(actor)] } });
  if (!current) throw notFound();
  // Optimistic locking: the form was loaded at `version`; anything saved since wins, nothing is overwritten.
  if (current.version !== version) throw conflict(STALE_MEMBER_MESSAGE);
  const { groupId: _ignored, ...data } = toMemberData(values);
  const change = diff(current as unknown as Record<string, unknown>, data);
  if (change.changed) {
    await db.$transaction(async (tx) => {
      // Re-checked in the UPDATE itself: of two saves at the same version, the second matches nothing.
      const saved = await tx.member.updateMany({
        where: { id, version },
        data: { ...data, version: { increment: 1 } },
      });
      if (saved.count !== 1) throw conflict(STALE_MEMBER_MESSAGE);
      await writeAudit(tx, actor, {
        action: "member.update",
        entityType: "Member",
        entityId: id,
        before: change.before,
        after: change.after,
      });
    });
  }
  return { id };
}

import "server-only";
import { diff, writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { ContactData } from "./schema";

/** A member edits their own phone and email. The id comes from the session, never the request. */
export async function updateOwnContact(actor: Actor, values: ContactData) {
  const memberId = actor.memberId;
  if (!memberId) throw notFound();
  const current = await db.member.findUniqueOrThrow({
    where: { id: memberId },
    select: { phone: true, email: true },
  });
  const data = {
    phone: values.phone.replace(/[\s.]/g, "") || null,
    email: values.email.toLowerCase() || null,
  };
  const change = diff(current, data);
  if (change.changed) {
    await db.$transaction(async (tx) => {
      // A new version, so that a BCH edit form loaded before this cannot overwrite it.
      await tx.member.update({
        where: { id: memberId },
        data: { ...data, version: { increment: 1 } },
      });
      await writeAudit(tx, actor, {
        action: "member.contact",
        entityType: "Member",
        entityId: memberId,
        before: change.before,
        after: change.after,
      });
    });
  }
  return { ok: true };
}

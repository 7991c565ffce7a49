import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { resolveLink } from "./links";
import { checkOwner } from "./owner";
import type { updateProgrammeItemSchema } from "./schema";

/** The wording, the person in charge and the link of an item; its period changes only by a move. */
export async function updateProgrammeItem(actor: Actor, input: z.output<typeof updateProgrammeItemSchema>) {
  const before = await db.programmeItem.findFirst({
    where: { id: input.id, unitId: actor.unitId },
    select: {
      id: true,
      title: true,
      content: true,
      ownerMemberId: true,
      linkKind: true,
      linkId: true,
      state: true,
    },
  });
  if (!before) throw notFound();
  if (before.state === "DROPPED") throw conflict("Nội dung đã bỏ: hãy đưa về kế hoạch trước khi sửa.");
  const [ownerMemberId, link] = await Promise.all([
    checkOwner(actor.unitId, input.ownerMemberId),
    resolveLink(actor.unitId, input.link),
  ]);
  const after = { title: input.title, content: input.content, ownerMemberId, ...link };
  return db.$transaction(async (tx) => {
    const r = await tx.programmeItem.updateMany({
      where: { id: before.id, state: { not: "DROPPED" } },
      data: after,
    });
    if (!r.count) throw conflict("Nội dung đã bỏ: hãy đưa về kế hoạch trước khi sửa.");
    const { state: _state, id: _id, ...was } = before;
    await writeAudit(tx, actor, {
      action: "programme.item.update",
      entityType: "ProgrammeItem",
      entityId: before.id,
      before: was,
      after,
    });
    return { id: before.id };
  });
}

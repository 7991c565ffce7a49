import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { z } from "@/lib/validation";
import { resolveLink } from "./links";
import { checkOwner } from "./owner";
import { parsePeriod } from "./periods";
import type { programmeItemSchema } from "./schema";

/** A line of the chương trình công tác năm: a month or a quarter, who is in charge, what carries it out. */
export async function createProgrammeItem(actor: Actor, input: z.output<typeof programmeItemSchema>) {
  const [ownerMemberId, link] = await Promise.all([
    checkOwner(actor.unitId, input.ownerMemberId),
    resolveLink(actor.unitId, input.link),
  ]);
  const data = {
    unitId: actor.unitId,
    year: input.year,
    ...parsePeriod(input.period),
    title: input.title,
    content: input.content,
    ownerMemberId,
    ...link,
    createdById: actor.userId,
  };
  return db.$transaction(async (tx) => {
    const item = await tx.programmeItem.create({ data, select: { id: true } });
    await writeAudit(tx, actor, {
      action: "programme.item.create",
      entityType: "ProgrammeItem",
      entityId: item.id,
      after: data,
    });
    return { id: item.id };
  });
}

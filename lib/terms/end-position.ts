import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { invalid, notFound } from "@/lib/errors";
import { parseDateInput } from "@/lib/validation";
import type { EndPositionData } from "./schema";
import { checkEnd } from "./service";

/** Ends an office on a date (not before it began, not in the future). */
export async function endPosition(actor: Actor, input: EndPositionData) {
  const position = await db.position.findFirst({
    where: { id: input.positionId, term: { unitId: actor.unitId } },
    select: { id: true, startOn: true, endOn: true },
  });
  if (!position) throw notFound();
  const endOn = parseDateInput(input.endOn)!;
  const problem = checkEnd(position, endOn, clock.today());
  if (problem) throw invalid(problem, Object.values(problem)[0]);
  await db.$transaction(async (tx) => {
    await tx.position.update({ where: { id: position.id }, data: { endOn } });
    await writeAudit(tx, actor, {
      action: "position.end",
      entityType: "Position",
      entityId: position.id,
      before: { endOn: position.endOn },
      after: { endOn: input.endOn },
    });
  });
  return { id: position.id };
}

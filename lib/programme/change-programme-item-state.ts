import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, invalid, notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { parsePeriod, periodCode } from "./periods";
import { needsReason, stateChangeProblem } from "./rules";
import type { programmeStateSchema } from "./schema";

/**
 * Done, moved to another month or quarter (with the reason, the first period kept), dropped (with
 * the reason), or back to planned. Never deleted; each change is audited with what it was.
 */
export async function changeProgrammeItemState(actor: Actor, input: z.output<typeof programmeStateSchema>) {
  const item = await db.programmeItem.findFirst({
    where: { id: input.id, unitId: actor.unitId },
    select: { id: true, state: true, stateReason: true, month: true, quarter: true, movedFrom: true },
  });
  if (!item) throw notFound();
  const problem = stateChangeProblem(item.state, input.state);
  if (problem) throw conflict(problem);
  const from = periodCode(item);
  if (input.state === "MOVED" && input.period === from)
    throw invalid({ period: "Hãy chọn một tháng hoặc quý khác với kỳ hiện tại." });
  const data = {
    state: input.state,
    stateReason: needsReason(input.state) ? input.reason : null,
    ...(input.state === "MOVED" ? { ...parsePeriod(input.period), movedFrom: item.movedFrom ?? from } : {}),
  };
  return db.$transaction(async (tx) => {
    // In the state it was read in: two BCH members cannot both move the same item.
    const r = await tx.programmeItem.updateMany({ where: { id: item.id, state: item.state }, data });
    if (!r.count) throw conflict("Nội dung vừa được người khác thay đổi. Vui lòng tải lại trang.");
    await writeAudit(tx, actor, {
      action: `programme.item.${input.state.toLowerCase()}`,
      entityType: "ProgrammeItem",
      entityId: item.id,
      before: { state: item.state, stateReason: item.stateReason, period: from },
      after: { ...data, reason: input.reason || null },
    });
    return { id: item.id };
  });
}

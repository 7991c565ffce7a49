import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { parseDateInput } from "@/lib/validation";
import type { TermData } from "./schema";
import { findOverlappingTerm } from "./service";

/** A new nhiệm kỳ, refused when its dates overlap another term of the unit. */
export async function createTerm(actor: Actor, values: TermData) {
  const startOn = parseDateInput(values.startOn)!;
  const endOn = parseDateInput(values.endOn)!;
  const others = await db.term.findMany({
    where: { unitId: actor.unitId },
    select: { name: true, startOn: true, endOn: true },
  });
  const clash = findOverlappingTerm(others, { startOn, endOn });
  if (clash) {
    const message = `Trùng thời gian với “${clash.name}” (${formatDate(clash.startOn)} – ${formatDate(clash.endOn)}).`;
    throw invalid({ startOn: message }, message);
  }
  return db.$transaction(async (tx) => {
    const t = await tx.term.create({
      data: { unitId: actor.unitId, name: values.name, startOn, endOn },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "term.create",
      entityType: "Term",
      entityId: t.id,
      after: values,
    });
    return t;
  });
}

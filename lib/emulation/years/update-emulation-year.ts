import "server-only";
import { diff, writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { type z } from "@/lib/validation";

import type { updateYearSchema } from "../schema";
import { yearDates } from "../year-dates";

/** The BCH moves a year's dates, or locks and reopens it (/emulation/years/[year]).
 */
export async function updateEmulationYear(actor: Actor, input: z.output<typeof updateYearSchema>) {
  const current = await db.emulationYear.findFirst({ where: { id: input.id, unitId: actor.unitId } });
  if (!current) throw notFound();
  const change = diff(current as unknown as Record<string, unknown>, {
    ...yearDates(input),
    status: input.status,
  });
  if (!change.changed) return { id: current.id };
  await db.$transaction(async (tx) => {
    await tx.emulationYear.update({
      where: { id: current.id },
      data: { ...yearDates(input), status: input.status },
    });
    await writeAudit(tx, actor, {
      action: "emulation.year.update",
      entityType: "EmulationYear",
      entityId: current.id,
      before: change.before,
      after: change.after,
    });
  });
  return { id: current.id };
}

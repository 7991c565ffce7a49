import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { parseDateInput, type z } from "@/lib/validation";

import type { yearMovementSchema } from "../schema";

/** The year's launch date and goal of a movement. */
export async function saveYearMovement(actor: Actor, input: z.output<typeof yearMovementSchema>) {
  const [year, movement] = await Promise.all([
    db.emulationYear.findFirst({ where: { id: input.yearId, unitId: actor.unitId }, select: { id: true } }),
    db.emulationMovement.findFirst({
      where: { id: input.movementId, unitId: actor.unitId },
      select: { id: true },
    }),
  ]);
  if (!year || !movement) throw notFound();
  const data = { launchedOn: parseDateInput(input.launchedOn), goal: input.goal || null };
  return db.$transaction(async (tx) => {
    const row = await tx.emulationYearMovement.upsert({
      where: { yearId_movementId: { yearId: year.id, movementId: movement.id } },
      create: { yearId: year.id, movementId: movement.id, ...data },
      update: data,
    });
    await writeAudit(tx, actor, {
      action: "emulation.year.movement",
      entityType: "EmulationYearMovement",
      entityId: row.id,
      after: data,
    });
    return { id: row.id };
  });
}

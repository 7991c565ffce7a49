import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import type { z } from "@/lib/validation";
import type { createGrassrootsUnitSchema } from "./schema";

// Its settings hold from long before any record it will import, so that every year it keeps reads them.
const SINCE = new Date("2000-01-01T00:00:00.000Z");

/** A new CĐCS directly under the actor's cấp trên, with its loại hình and its year as dated settings. */
export async function createGrassrootsUnit(actor: Actor, input: z.output<typeof createGrassrootsUnitSchema>) {
  const parent = await db.unit.findUnique({
    where: { id: actor.unitId },
    select: { id: true, name: true, kind: true },
  });
  // Only a cấp trên hosts CĐCS (a system administrator of a CĐCS holds org.manage too).
  if (!parent || parent.kind !== "UPPER") throw forbidden();
  return db.$transaction(async (tx) => {
    const unit = await tx.unit.create({
      data: {
        name: input.name,
        parentName: parent.name,
        placeName: input.placeName,
        kind: "GRASSROOTS",
        parentId: parent.id,
      },
      select: { id: true, name: true },
    });
    await tx.setting.createMany({
      data: [
        {
          unitId: unit.id,
          key: "unit.type",
          value: input.unitType,
          effectiveFrom: SINCE,
          createdById: actor.userId,
        },
        {
          unitId: unit.id,
          key: "cycle.kind",
          value: input.cycle,
          effectiveFrom: SINCE,
          createdById: actor.userId,
        },
      ],
    });
    await writeAudit(tx, actor, {
      action: "org.unit.create",
      entityType: "Unit",
      entityId: unit.id,
      after: {
        name: input.name,
        parentId: parent.id,
        unitType: input.unitType,
        cycle: input.cycle,
        placeName: input.placeName,
      },
    });
    return { id: unit.id, message: `Đã tạo ${unit.name}.` };
  });
}

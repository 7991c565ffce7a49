import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { type z } from "@/lib/validation";

import { DEFAULT_CRITERIA } from "./defaults";
import { DEFAULT_LEVELS } from "./levels";
import type { openYearSchema } from "./schema";
import { yearDates } from "./year-dates";

/** Opens a year's campaign with last year's template (criteria, levels, movements) or the defaults. */
export async function openEmulationYear(actor: Actor, input: z.output<typeof openYearSchema>) {
  const last =
    input.template === "last"
      ? await db.emulationYear.findFirst({
          where: { unitId: actor.unitId, year: { lt: input.year } },
          orderBy: { year: "desc" },
          select: {
            year: true,
            criteria: { orderBy: { position: "asc" } },
            levels: { orderBy: { position: "asc" } },
            movements: { select: { movementId: true, goal: true } },
          },
        })
      : null;
  if (input.template === "last" && !last)
    throw invalid({ template: "Chưa có năm trước để sao chép; hãy chọn mẫu mặc định." });
  const criteria = last?.criteria ?? DEFAULT_CRITERIA;
  const levels = last?.levels ?? DEFAULT_LEVELS;
  const movements =
    last?.movements ??
    (
      await db.emulationMovement.findMany({
        where: { unitId: actor.unitId, archivedAt: null },
        select: { id: true },
      })
    ).map((m) => ({ movementId: m.id, goal: null }));
  return db.$transaction(async (tx) => {
    const year = await tx.emulationYear.create({
      data: { unitId: actor.unitId, year: input.year, ...yearDates(input), openedById: actor.userId },
    });
    await tx.emulationCriterion.createMany({
      data: criteria.map((c, i) => ({
        yearId: year.id,
        position: i + 1,
        groupName: c.groupName,
        content: c.content,
        maxPoints: c.maxPoints,
      })),
    });
    await tx.emulationLevel.createMany({
      data: levels.map((l, i) => ({
        yearId: year.id,
        position: i + 1,
        name: l.name,
        minPoints: l.minPoints,
      })),
    });
    await tx.emulationYearMovement.createMany({
      data: movements.map((m) => ({ yearId: year.id, movementId: m.movementId, goal: m.goal })),
    });
    await writeAudit(tx, actor, {
      action: "emulation.year.open",
      entityType: "EmulationYear",
      entityId: year.id,
      after: { year: input.year, ...yearDates(input), copiedFrom: last?.year ?? "mặc định" },
    });
    return { id: year.id, year: year.year };
  });
}

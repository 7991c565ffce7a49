import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db, type Tx } from "@/lib/db";
import { conflict, invalid, notFound } from "@/lib/errors";
import { type z } from "@/lib/validation";

import { checkLevels } from "../levels";
import type { templateSchema } from "../schema";

/** The criteria keep their ids (the scores and next year's rating point at them); locked once anyone self-assesses. */
export async function saveEmulationTemplate(actor: Actor, input: z.output<typeof templateSchema>) {
  const year = await db.emulationYear.findFirst({
    where: { id: input.yearId, unitId: actor.unitId },
    select: { id: true, _count: { select: { assessments: true } }, criteria: { select: { id: true } } },
  });
  if (!year) throw notFound();
  if (year._count.assessments > 0)
    throw conflict("Đã có đoàn viên tự đánh giá theo mẫu này, nên mẫu tiêu chí đã khóa.");
  const total = input.criteria.reduce((s, c) => s + c.maxPoints, 0);
  const levelError = checkLevels(input.levels, total);
  if (levelError) throw invalid({ levels: levelError });
  const known = new Set(year.criteria.map((c) => c.id));
  const kept = new Set(input.criteria.filter((c) => c.id && known.has(c.id)).map((c) => c.id));
  await db.$transaction(async (tx: Tx) => {
    await tx.emulationCriterion.deleteMany({ where: { yearId: year.id, id: { notIn: [...kept] } } });
    for (const [i, c] of input.criteria.entries()) {
      const data = { position: i + 1, groupName: c.groupName, content: c.content, maxPoints: c.maxPoints };
      if (kept.has(c.id)) await tx.emulationCriterion.update({ where: { id: c.id }, data });
      else await tx.emulationCriterion.create({ data: { ...data, yearId: year.id } });
    }
    await tx.emulationLevel.deleteMany({ where: { yearId: year.id } });
    await tx.emulationLevel.createMany({
      data: input.levels.map((l, i) => ({
        yearId: year.id,
        position: i + 1,
        name: l.name,
        minPoints: l.minPoints,
      })),
    });
    await writeAudit(tx, actor, {
      action: "emulation.template.save",
      entityType: "EmulationYear",
      entityId: year.id,
      after: { total, criteria: input.criteria, levels: input.levels },
    });
  });
  return { id: year.id, total };
}

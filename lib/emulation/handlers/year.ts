import "server-only";
import { diff, writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db, type Tx } from "@/lib/db";
import { conflict, invalid, notFound } from "@/lib/errors";
import { parseDateInput, type z } from "@/lib/validation";
import { DEFAULT_CRITERIA } from "../defaults";
import { checkLevels, DEFAULT_LEVELS } from "../levels";
import type { openYearSchema, templateSchema, updateYearSchema, yearMovementSchema } from "../schema";

const dates = (v: {
  registrationDeadline: string;
  assessmentOpensOn: string;
  assessmentClosesOn: string;
}) => ({
  registrationDeadline: parseDateInput(v.registrationDeadline)!,
  assessmentOpensOn: parseDateInput(v.assessmentOpensOn)!,
  assessmentClosesOn: parseDateInput(v.assessmentClosesOn)!,
});

/** Opens a year's campaign with last year's template (criteria, levels, movements) or the defaults. */
export async function openYear(v: z.output<typeof openYearSchema>, actor: Actor) {
  const last =
    v.template === "last"
      ? await db.emulationYear.findFirst({
          where: { unitId: actor.unitId, year: { lt: v.year } },
          orderBy: { year: "desc" },
          select: {
            year: true,
            criteria: { orderBy: { position: "asc" } },
            levels: { orderBy: { position: "asc" } },
            movements: { select: { movementId: true, goal: true } },
          },
        })
      : null;
  if (v.template === "last" && !last)
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
      data: { unitId: actor.unitId, year: v.year, ...dates(v), openedById: actor.userId },
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
      after: { year: v.year, ...dates(v), copiedFrom: last?.year ?? "mặc định" },
    });
    return { id: year.id, year: year.year };
  });
}

export async function updateYear(v: z.output<typeof updateYearSchema>, actor: Actor) {
  const current = await db.emulationYear.findFirst({ where: { id: v.id, unitId: actor.unitId } });
  if (!current) throw notFound();
  const change = diff(current as unknown as Record<string, unknown>, { ...dates(v), status: v.status });
  if (!change.changed) return { id: current.id };
  await db.$transaction(async (tx) => {
    await tx.emulationYear.update({ where: { id: current.id }, data: { ...dates(v), status: v.status } });
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

/** The criteria keep their ids (the scores and next year's rating point at them); locked once anyone self-assesses. */
export async function saveTemplate(v: z.output<typeof templateSchema>, actor: Actor) {
  const year = await db.emulationYear.findFirst({
    where: { id: v.yearId, unitId: actor.unitId },
    select: { id: true, _count: { select: { assessments: true } }, criteria: { select: { id: true } } },
  });
  if (!year) throw notFound();
  if (year._count.assessments > 0)
    throw conflict("Đã có đoàn viên tự đánh giá theo mẫu này, nên mẫu tiêu chí đã khóa.");
  const total = v.criteria.reduce((s, c) => s + c.maxPoints, 0);
  const levelError = checkLevels(v.levels, total);
  if (levelError) throw invalid({ levels: levelError });
  const known = new Set(year.criteria.map((c) => c.id));
  const kept = new Set(v.criteria.filter((c) => c.id && known.has(c.id)).map((c) => c.id));
  await db.$transaction(async (tx: Tx) => {
    await tx.emulationCriterion.deleteMany({ where: { yearId: year.id, id: { notIn: [...kept] } } });
    for (const [i, c] of v.criteria.entries()) {
      const data = { position: i + 1, groupName: c.groupName, content: c.content, maxPoints: c.maxPoints };
      if (kept.has(c.id)) await tx.emulationCriterion.update({ where: { id: c.id }, data });
      else await tx.emulationCriterion.create({ data: { ...data, yearId: year.id } });
    }
    await tx.emulationLevel.deleteMany({ where: { yearId: year.id } });
    await tx.emulationLevel.createMany({
      data: v.levels.map((l, i) => ({
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
      after: { total, criteria: v.criteria, levels: v.levels },
    });
  });
  return { id: year.id, total };
}

/** The year's launch date and goal of a movement. */
export async function saveYearMovement(v: z.output<typeof yearMovementSchema>, actor: Actor) {
  const [year, movement] = await Promise.all([
    db.emulationYear.findFirst({ where: { id: v.yearId, unitId: actor.unitId }, select: { id: true } }),
    db.emulationMovement.findFirst({
      where: { id: v.movementId, unitId: actor.unitId },
      select: { id: true },
    }),
  ]);
  if (!year || !movement) throw notFound();
  const data = { launchedOn: parseDateInput(v.launchedOn), goal: v.goal || null };
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

import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import type { archiveItemSchema, catalogueItemSchema } from "../schema";

type Item = z.output<typeof catalogueItemSchema>;
const ENTITY = {
  movement: "EmulationMovement",
  title: "EmulationTitle",
  commendation: "EmulationCommendation",
} as const;

function fields(v: Item) {
  if (v.kind === "movement")
    return { name: v.name, description: v.description || null, eligibility: v.eligibility };
  if (v.kind === "title")
    return { name: v.name, scope: v.scope, level: v.level || "Cơ sở", eligibility: v.eligibility };
  return { name: v.name, level: v.level || "Cơ sở" };
}

// One delegate per kind; the three tables share id, unitId, name and archivedAt.
function table(kind: Item["kind"]) {
  return (kind === "movement"
    ? db.emulationMovement
    : kind === "title"
      ? db.emulationTitle
      : db.emulationCommendation) as unknown as typeof db.emulationCommendation;
}

export async function saveCatalogueItem(v: Item, actor: Actor) {
  const data = fields(v) as { name: string; level: string };
  const t = table(v.kind);
  if (v.id) {
    const current = await t.findFirst({ where: { id: v.id, unitId: actor.unitId } });
    if (!current) throw notFound();
  }
  return db.$transaction(async (tx) => {
    const delegate = (v.kind === "movement"
      ? tx.emulationMovement
      : v.kind === "title"
        ? tx.emulationTitle
        : tx.emulationCommendation) as unknown as typeof tx.emulationCommendation;
    const row = v.id
      ? await delegate.update({ where: { id: v.id }, data })
      : await delegate.create({ data: { ...data, unitId: actor.unitId } });
    await writeAudit(tx, actor, {
      action: `emulation.${v.kind}.${v.id ? "update" : "create"}`,
      entityType: ENTITY[v.kind],
      entityId: row.id,
      after: data,
    });
    return { id: row.id };
  });
}

/** Entries are archived, never deleted: past registrations still name them. */
export async function archiveCatalogueItem(v: z.output<typeof archiveItemSchema>, actor: Actor) {
  const current = await table(v.kind).findFirst({ where: { id: v.id, unitId: actor.unitId } });
  if (!current) throw notFound();
  const archivedAt = v.archived ? new Date() : null;
  await db.$transaction(async (tx) => {
    const delegate = (v.kind === "movement"
      ? tx.emulationMovement
      : v.kind === "title"
        ? tx.emulationTitle
        : tx.emulationCommendation) as unknown as typeof tx.emulationCommendation;
    await delegate.update({ where: { id: v.id }, data: { archivedAt } });
    await writeAudit(tx, actor, {
      action: `emulation.${v.kind}.${v.archived ? "archive" : "restore"}`,
      entityType: ENTITY[v.kind],
      entityId: v.id,
      before: { archivedAt: current.archivedAt },
      after: { archivedAt },
    });
  });
  return { id: v.id };
}

import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { CATALOGUE_ENTITY, type CatalogueItem, catalogueTable } from "./catalogue-tables";

function fields(v: CatalogueItem) {
  if (v.kind === "movement")
    return { name: v.name, description: v.description || null, eligibility: v.eligibility };
  if (v.kind === "title")
    return { name: v.name, scope: v.scope, level: v.level || "Cơ sở", eligibility: v.eligibility };
  return { name: v.name, level: v.level || "Cơ sở" };
}

/** Adds or edits a movement, title or commendation of the unit's catalogue (/emulation/catalogue). */
export async function saveCatalogueItem(actor: Actor, input: CatalogueItem) {
  const data = fields(input) as { name: string; level: string };
  if (input.id) {
    const current = await catalogueTable(db, input.kind).findFirst({
      where: { id: input.id, unitId: actor.unitId },
    });
    if (!current) throw notFound();
  }
  return db.$transaction(async (tx) => {
    const delegate = catalogueTable(tx, input.kind);
    const row = input.id
      ? await delegate.update({ where: { id: input.id }, data })
      : await delegate.create({ data: { ...data, unitId: actor.unitId } });
    await writeAudit(tx, actor, {
      action: `emulation.${input.kind}.${input.id ? "update" : "create"}`,
      entityType: CATALOGUE_ENTITY[input.kind],
      entityId: row.id,
      after: data,
    });
    return { id: row.id };
  });
}

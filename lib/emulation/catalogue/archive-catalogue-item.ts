import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import type { archiveItemSchema } from "../schema";
import { CATALOGUE_ENTITY, catalogueTable } from "./catalogue-tables";

/** Entries are archived, never deleted: past registrations still name them. */
export async function archiveCatalogueItem(actor: Actor, input: z.output<typeof archiveItemSchema>) {
  const current = await catalogueTable(db, input.kind).findFirst({
    where: { id: input.id, unitId: actor.unitId },
  });
  if (!current) throw notFound();
  const archivedAt = input.archived ? new Date() : null;
  await db.$transaction(async (tx) => {
    await catalogueTable(tx, input.kind).update({ where: { id: input.id }, data: { archivedAt } });
    await writeAudit(tx, actor, {
      action: `emulation.${input.kind}.${input.archived ? "archive" : "restore"}`,
      entityType: CATALOGUE_ENTITY[input.kind],
      entityId: input.id,
      before: { archivedAt: current.archivedAt },
      after: { archivedAt },
    });
  });
  return { id: input.id };
}

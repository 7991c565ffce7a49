import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { DEFAULT_CATEGORIES } from "../labels";

/** Gives a unit the default categories it lacks (a new unit, the seed). Existing names are kept. */
export async function ensureFundCategories(client: Tx | typeof db, unitId: string) {
  await client.fundCategory.createMany({
    data: DEFAULT_CATEGORIES.map((c) => ({ ...c, unitId })),
    skipDuplicates: true,
  });
}

export async function listFundCategories(unitId: string) {
  return db.fundCategory.findMany({
    where: { unitId },
    orderBy: [{ direction: "asc" }, { sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, code: true, name: true, direction: true, archivedAt: true },
  });
}

import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db";
import type { RateVersion } from "./service";

/** Every rate version of the unit with its lines, oldest first. */
export async function loadRateVersions(
  unitId: string,
  client: Tx | typeof db = db,
): Promise<(RateVersion & { adoptedOn: Date })[]> {
  const versions = await client.welfareRateVersion.findMany({
    where: { unitId },
    orderBy: { effectiveFrom: "asc" },
    select: {
      id: true,
      effectiveFrom: true,
      adoptedOn: true,
      reference: true,
      lines: {
        select: {
          categoryId: true,
          defaultAmount: true,
          maxPerTime: true,
          maxTimesPerYear: true,
          maxAmountPerYear: true,
        },
      },
    },
  });
  return versions;
}

export async function listCategories(unitId: string, opts: { includeArchived?: boolean } = {}) {
  return db.welfareCategory.findMany({
    where: { unitId, ...(opts.includeArchived ? {} : { archivedAt: null }) },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, kind: true, relativeApplies: true, archivedAt: true, sortOrder: true },
  });
}
export type CategoryOption = Awaited<ReturnType<typeof listCategories>>[number];

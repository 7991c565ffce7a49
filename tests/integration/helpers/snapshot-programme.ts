// The programme's rows of the "database unchanged" snapshot (see unit-snapshot.ts).
import { db } from "@/lib/db";
import type { DomainSnapshot } from "./unit-snapshot";

export async function snapshotProgramme(unitIds: string[]): Promise<DomainSnapshot> {
  const items = await db.programmeItem.findMany({
    where: { unitId: { in: unitIds } },
    orderBy: { id: "asc" },
  });
  return { rows: { programmeItems: items }, entityIds: items.map((i) => i.id) };
}

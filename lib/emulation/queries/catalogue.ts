import "server-only";
import { db } from "@/lib/db";

/** The unit's movements, titles and forms of commendation; archived ones only when asked. */
export async function getCatalogue(unitId: string, opts: { archived?: boolean } = {}) {
  const where = { unitId, ...(opts.archived ? {} : { archivedAt: null }) };
  const orderBy = [{ sortOrder: "asc" as const }, { name: "asc" as const }];
  const [movements, titles, commendations] = await Promise.all([
    db.emulationMovement.findMany({
      where,
      orderBy,
      select: { id: true, name: true, description: true, eligibility: true, archivedAt: true },
    }),
    db.emulationTitle.findMany({
      where,
      orderBy,
      select: { id: true, name: true, scope: true, level: true, eligibility: true, archivedAt: true },
    }),
    db.emulationCommendation.findMany({
      where,
      orderBy,
      select: { id: true, name: true, level: true, archivedAt: true },
    }),
  ]);
  return { movements, titles, commendations };
}
export type Catalogue = Awaited<ReturnType<typeof getCatalogue>>;

/** What a member may pick: women-only entries are not offered to men. */
export function offerFor<T extends { eligibility: string }>(items: T[], gender: "MALE" | "FEMALE") {
  return items.filter((i) => i.eligibility !== "FEMALE_ONLY" || gender === "FEMALE");
}

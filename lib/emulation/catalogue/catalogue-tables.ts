import "server-only";
import type { Tx } from "@/lib/db";
import type { z } from "@/lib/validation";
import type { catalogueItemSchema } from "../schema";

export type CatalogueItem = z.output<typeof catalogueItemSchema>;

/** The audit entity of each kind of catalogue entry. */
export const CATALOGUE_ENTITY = {
  movement: "EmulationMovement",
  title: "EmulationTitle",
  commendation: "EmulationCommendation",
} as const;

// One delegate per kind; the three tables share id, unitId, name and archivedAt.
export function catalogueTable(client: Tx, kind: CatalogueItem["kind"]) {
  return (kind === "movement"
    ? client.emulationMovement
    : kind === "title"
      ? client.emulationTitle
      : client.emulationCommendation) as unknown as Tx["emulationCommendation"];
}

// The one rule for the cấp trên's name on a CĐCS's papers (decision 0083): the parent's
// name once the cấp trên is in the app, so that a renamed cấp trên (the 2025 mergers) prints its
// current name everywhere; until then the name the CĐCS typed in its settings.

export type UnitWithParent = { parentName: string; parent?: { name: string } | null };

export function printedParentName(unit: UnitWithParent): string {
  return unit.parent?.name ?? unit.parentName;
}

/** The Prisma `select` a paper's header needs: the unit's names and its parent's. */
export const UNIT_HEADER_SELECT = {
  name: true,
  parentName: true,
  placeName: true,
  parent: { select: { name: true } },
} as const;

/** A loaded header as the document engine takes it (`ReportUnit`). */
export function unitHeader(u: UnitWithParent & { name: string; placeName: string }) {
  return { name: u.name, parentName: printedParentName(u), placeName: u.placeName };
}

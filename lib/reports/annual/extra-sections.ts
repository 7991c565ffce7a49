import "server-only";
// The one extension point of the tổng kết: blocks other features append after the BCH's narrative
// and before the signature, in this order. Each takes the unit and the cycle year. The work
// programme is wired here: `programmeSummaryBlocks` (lib/programme) reports what was done against
// the year's chương trình công tác.
import type { ReportBlock } from "@/lib/document/blocks";
import { programmeSummaryBlocks } from "@/lib/programme/summary";

export type ExtraSection = (unitId: string, cycleYear: number) => Promise<ReportBlock[]>;

export const EXTRA_SECTIONS: ExtraSection[] = [programmeSummaryBlocks];

/** Every extra section's blocks for the year, in the array's order. */
export async function extraSectionBlocks(unitId: string, cycleYear: number): Promise<ReportBlock[]> {
  const parts = await Promise.all(EXTRA_SECTIONS.map((s) => s(unitId, cycleYear)));
  return parts.flat();
}

import "server-only";
// The tổng kết of a cycle year as the screen shows it: its state, its sections, and last year's
// text offered as a start; and the paper itself, assembled at generation from the figures.
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import { annualReportDoc, type Narrative } from "./doc";
import { extraSectionBlocks } from "./extra-sections";
import { loadAnnualFigures } from "./figures";
import type { SectionKey } from "./sections";

type SectionRow = { key: SectionKey; body: string; version: number; updatedAt: Date };

async function reportOf(unitId: string, year: number) {
  return db.annualReport.findUnique({
    where: { unitId_year: { unitId, year } },
    select: {
      id: true,
      status: true,
      version: true,
      finalisedAt: true,
      sections: { select: { key: true, body: true, version: true, updatedAt: true } },
    },
  });
}

const byKey = (rows: SectionRow[]) =>
  Object.fromEntries(rows.map((s) => [s.key, s])) as Partial<Record<SectionKey, SectionRow>>;

/** The year's report (null sections before any is written) and last year's text per section. */
export async function getAnnualReport(actor: Actor, year: number) {
  const [report, previous] = await Promise.all([
    reportOf(actor.unitId, year),
    reportOf(actor.unitId, year - 1),
  ]);
  return {
    year,
    status: report?.status ?? ("DRAFT" as const),
    version: report?.version ?? 0,
    finalisedAt: report?.finalisedAt ?? null,
    sections: byKey(report?.sections ?? []),
    previous: byKey(previous?.sections ?? []),
  };
}
export type AnnualReportView = Awaited<ReturnType<typeof getAnnualReport>>;

/** The paper: figures computed now, the narrative as written, the extra sections appended. */
export async function loadAnnualPaper(actor: Actor, year: number) {
  const [figures, report, extra] = await Promise.all([
    loadAnnualFigures(actor, year),
    reportOf(actor.unitId, year),
    extraSectionBlocks(actor.unitId, year),
  ]);
  const narrative: Narrative = Object.fromEntries((report?.sections ?? []).map((s) => [s.key, s.body]));
  return { figures, doc: annualReportDoc(figures, narrative, extra, formatDateTime(clock.now())) };
}

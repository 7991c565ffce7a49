// The papers of a submission as stored (Submission.doc, JSON) and read back: a list of ReportDoc, the
// hồ sơ khen thưởng being two papers. Dates travel as ISO strings. Client-safe.
import type { ReportDoc } from "@/lib/document/blocks";

export type FrozenDocs = { papers: (Omit<ReportDoc, "date"> & { date: string | null })[] };

export function freezeDocs(docs: ReportDoc[]): FrozenDocs {
  return { papers: docs.map((d) => ({ ...d, date: d.date ? d.date.toISOString() : null })) };
}

export function thawDocs(stored: unknown): ReportDoc[] {
  const papers = (stored as FrozenDocs | null)?.papers ?? [];
  return papers.map((d) => ({ ...d, date: d.date ? new Date(d.date) : null }));
}

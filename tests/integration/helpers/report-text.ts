// A paper (lib/document ReportDoc) as the text a reader sees, for `toContain` checks: headings and
// paragraphs as they are, each table row (then its total rows) as its cells joined by " | ", one a line.
import type { ReportBlock, ReportDoc } from "@/lib/document/blocks";

export function reportText(doc: ReportDoc): string {
  const part = (b: ReportBlock): string[] =>
    b.kind === "paragraph" || b.kind === "heading"
      ? [b.text]
      : b.kind === "table"
        ? [...b.rows, ...(b.footer ?? [])].map((r) => r.join(" | "))
        : [];
  return doc.blocks.flatMap(part).join("\n");
}

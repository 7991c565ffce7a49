// A report as plain blocks (headings, paragraphs, tables, signatures): each rating report is built
// once as a ReportDoc by its query, and the three outputs only lay it out: the print page
// (report-view.tsx), the PDF (pdf/writer.ts) and the DOCX (docx/report-docx.ts). So the three
// always say the same thing. Client-safe; see docs/decisions/0055-rating-reports-one-layout.md.

export type Align = "left" | "center" | "right";
export type ReportColumn = { header: string; /** relative width */ width: number; align?: Align };
export type ReportSignature = { lead?: string; title: string; name?: string };

export type ReportBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string; italic?: boolean; bold?: boolean }
  | {
      kind: "table";
      columns: ReportColumn[];
      rows: string[][];
      /** Indexes of rows printed bold (group headings of the phiếu). */
      boldRows?: number[];
      /** Bold rows at the end ("Tổng cộng"). */
      footer?: string[][];
      /** One line per row (long lists): the PDF draws it on its fast path. */
      compact?: boolean;
    }
  | { kind: "signatures"; left?: ReportSignature; right: ReportSignature }
  | { kind: "recipients"; items: string[] }
  | { kind: "pageBreak" };

export type ReportUnit = { name: string; parentName: string; placeName: string };

export type ReportDoc = {
  unit: ReportUnit;
  /** "Số: …" in the header; omitted when the document has none. */
  number?: string;
  date: Date;
  title: string;
  subtitle?: string;
  orientation?: "portrait" | "landscape";
  blocks: ReportBlock[];
};

export const CHAIR_SIGNATURE = (name: string): ReportSignature => ({
  lead: "TM. BAN CHẤP HÀNH",
  title: "CHỦ TỊCH",
  name,
});

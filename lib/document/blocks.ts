// A paper as plain blocks (headings, paragraphs, tables, signatures, Nơi nhận): each paper is
// described once as a ReportDoc by its builder, and the three outputs only lay it out: the print
// page (components/print-document.tsx), the PDF (pdf/writer.ts) and the DOCX
// (docx/document-docx.ts). So the three always say the same thing, and the union layout
// (QĐ 933/QĐ-TLĐ) lives only in lib/document. Client-safe. See docs/decisions/0055 and 0064.

export type Align = "left" | "center" | "right";
export type ReportColumn = { header: string; /** relative width */ width: number; align?: Align };
/**
 * One signature. `bch` marks the Ban Chấp hành's signature: when printing, the BCH chooses who
 * signs it ("TM. BAN CHẤP HÀNH / CHỦ TỊCH" or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", see signer.ts).
 */
export type ReportSignature = { lead?: string; title: string; name?: string; bch?: boolean };

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
      /**
       * A short table never split over two pages (the fund's balances, whose "Tồn cuối kỳ" must not
       * stand alone): when it does not fit on the rest of the page, it starts the next one.
       */
      keepTogether?: boolean;
    }
  | {
      kind: "signatures";
      left?: ReportSignature;
      right: ReportSignature;
      /** "Nơi nhận:" at the bottom left, level with the signer's title (set by layoutBlocks). */
      recipients?: string[];
    }
  | { kind: "recipients"; items: string[] }
  | { kind: "pageBreak" };

/** A table's rows, made one at a time, in order; `count` of them. */
export type TableRowSource = { count: number; rows: () => Iterable<{ cells: string[]; bold: boolean }> };
type Table = Extract<ReportBlock, { kind: "table" }>;

const sources = new WeakMap<object, TableRowSource>();

/**
 * A table whose rows come from a source (a long list): the PDF's fast path draws them one at a time
 * without holding them all; `rows` and `boldRows` are made from it only when an output reads them
 * (the print page, the DOCX, a paper stored as JSON). The source itself stays out of the block, so a
 * block copied or stored is a plain table.
 */
export function tableFromSource(t: Omit<Table, "rows" | "boldRows">, source: TableRowSource): Table {
  let made: { rows: string[][]; bold: number[] } | null = null;
  const all = () => {
    if (made) return made;
    made = { rows: [], bold: [] };
    for (const { cells, bold } of source.rows()) {
      if (bold) made.bold.push(made.rows.length);
      made.rows.push(cells);
    }
    return made;
  };
  const table: Table = {
    ...t,
    get rows() {
      return all().rows;
    },
    get boldRows() {
      return all().bold;
    },
  };
  sources.set(table, source);
  return table;
}

/** The row source of a table made by tableFromSource (not of a copy of it). */
export const rowSourceOf = (table: object) => sources.get(table);

export type ReportUnit = { name: string; parentName: string; placeName: string };

export type ReportDoc = {
  unit: ReportUnit;
  /** "Số: …" in the header; omitted when the document has none. */
  number?: string;
  /**
   * The issue date of the paper: the meeting, the decision, or a date the BCH sets. Never the day
   * it is printed; null prints "ngày … tháng … năm …" to be filled in by hand.
   */
  date: Date | null;
  /** The date is the act's own (a biên bản is dated its meeting): a date set when printing does not replace it. */
  dateFixed?: boolean;
  title: string;
  subtitle?: string;
  /** The file's own title (the PDF viewer's tab, the Word file's properties); default: the title. */
  fileTitle?: string;
  orientation?: "portrait" | "landscape";
  blocks: ReportBlock[];
};

export const CHAIR_SIGNATURE = (name: string): ReportSignature => ({
  lead: "TM. BAN CHẤP HÀNH",
  title: "CHỦ TỊCH",
  name,
  bch: true,
});

export type SignatureBlock = Extract<ReportBlock, { kind: "signatures" }>;

/**
 * The blocks as every output lays them out: a "Nơi nhận" goes into the bottom-left column of the
 * last single signature (level with the signer's title); with no such signature it stays a block.
 */
export function layoutBlocks(blocks: ReportBlock[]): ReportBlock[] {
  const r = blocks.findIndex((b) => b.kind === "recipients");
  if (r < 0) return blocks;
  const items = (blocks[r] as Extract<ReportBlock, { kind: "recipients" }>).items;
  let s = -1;
  blocks.forEach((b, i) => {
    if (b.kind === "signatures" && !b.left) s = i;
  });
  if (s < 0) return blocks;
  return blocks.flatMap((b, i) =>
    i === r
      ? []
      : i === s
        ? [{ ...(b as SignatureBlock), recipients: [...((b as SignatureBlock).recipients ?? []), ...items] }]
        : [b],
  );
}

/** The place-and-date line; a paper with no issue date leaves the date to be written in. */
export function issueLine(placeName: string, date: Date | null) {
  if (!date) return `${placeName}, ngày … tháng … năm ……`;
  const d = new Date(date.getTime() + 7 * 3600 * 1000);
  const dd = String(d.getUTCDate()).padStart(2, "0");
  const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
  return `${placeName}, ngày ${dd} tháng ${mm} năm ${d.getUTCFullYear()}`;
}

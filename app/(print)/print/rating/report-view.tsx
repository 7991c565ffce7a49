// A ReportDoc as a printable page: the same blocks the PDF and the DOCX lay out. Text is rendered
// by React (escaped), never as HTML, so a name with <script> prints as text.
import { PrintHeader, SignatureBlock } from "@/components/print-header";
import { PrintToolbar } from "@/components/print-toolbar";
import { buttonClass } from "@/components/ui/button";
import type { ReportBlock, ReportDoc, ReportSignature } from "@/lib/rating/reports/blocks";

const th = "border border-black px-1.5 py-1 text-center font-bold align-middle";
const td = "border border-black px-1.5 py-0.5 align-top";
const ALIGN = { left: "text-left", center: "text-center", right: "text-right" } as const;

function Signature({ s, lead }: { s?: ReportSignature; lead: boolean }) {
  if (!s) return <div />;
  // A blank lead line keeps the two names on one line, as in the PDF.
  return lead ? (
    <SignatureBlock title={s.lead?.trim() ? s.lead : "\u00a0"} role={s.title} name={s.name} />
  ) : (
    <SignatureBlock title={s.title} role="" name={s.name} />
  );
}

function Block({ b }: { b: ReportBlock }) {
  switch (b.kind) {
    case "heading":
      return <h2 className="mt-3 font-bold">{b.text}</h2>;
    case "paragraph":
      return (
        <p className={`text-justify ${b.bold ? "font-bold" : ""} ${b.italic ? "italic" : ""}`}>{b.text}</p>
      );
    case "table": {
      const bold = new Set(b.boldRows ?? []);
      const total = b.columns.reduce((t, c) => t + c.width, 0);
      return (
        <table className="my-1 w-full table-fixed border-collapse text-[11pt]">
          <colgroup>
            {b.columns.map((c) => (
              <col key={c.header} style={{ width: `${(c.width / total) * 100}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {b.columns.map((c) => (
                <th key={c.header} className={th}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {b.rows.map((r, i) => (
              <tr key={i} className={bold.has(i) ? "font-bold" : ""}>
                {r.map((cell, j) => (
                  <td key={j} className={`${td} ${ALIGN[b.columns[j]?.align ?? "left"]}`}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
            {(b.footer ?? []).map((r, i) => (
              <tr key={`f${i}`} className="font-bold">
                {r.map((cell, j) => (
                  <td key={j} className={`${td} ${ALIGN[b.columns[j]?.align ?? "left"]}`}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
    case "signatures": {
      const lead = Boolean(b.left?.lead || b.right.lead);
      return (
        <div className="print-keep mt-4 grid grid-cols-2 gap-4">
          <Signature s={b.left} lead={lead} />
          <Signature s={b.right} lead={lead} />
        </div>
      );
    }
    case "recipients":
      return (
        <div className="print-keep mt-4 text-[11pt]">
          <p className="font-bold italic">Nơi nhận:</p>
          {b.items.map((i) => (
            <p key={i}>- {i}</p>
          ))}
        </div>
      );
    case "pageBreak":
      return <div className="break-after-page" />;
  }
}

export function ReportView({ doc }: { doc: ReportDoc }) {
  const wide = doc.orientation === "landscape";
  return (
    <article
      className={`mx-auto px-8 py-8 text-[13pt] print:min-w-0 print:max-w-none print:p-0 ${wide ? "min-w-[960px] max-w-[297mm]" : "min-w-[720px] max-w-[210mm]"}`}
    >
      <PrintHeader unit={doc.unit} number={doc.number} date={doc.date} />
      <h1 className="mt-6 text-center text-[14pt] font-bold uppercase">{doc.title}</h1>
      {doc.subtitle && <p className="mb-3 text-center font-bold">{doc.subtitle}</p>}
      <div className="mt-3 space-y-1">
        {doc.blocks.map((b, i) => (
          <Block key={i} b={b} />
        ))}
      </div>
    </article>
  );
}

/** The page around a report: back, PDF and DOCX downloads, print. */
export function ReportPage({ doc, back, api }: { doc: ReportDoc; back: string; api: string }) {
  return (
    <>
      <PrintToolbar
        backHref={back}
        printLabel="In"
        hint={doc.orientation === "landscape" ? "Khổ A4 ngang" : "Khổ A4"}
      >
        <a href={`${api}&format=pdf`} className={buttonClass("secondary")}>
          Tải PDF
        </a>
        <a href={`${api}&format=docx`} className={buttonClass("secondary")}>
          Tải DOCX
        </a>
      </PrintToolbar>
      <div className="overflow-x-auto print:overflow-visible">
        <ReportView doc={doc} />
      </div>
    </>
  );
}

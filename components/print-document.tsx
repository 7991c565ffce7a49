// A paper (ReportDoc of lib/document) as a printable page: the same blocks the PDF and the DOCX
// lay out. Text is rendered by React (escaped), never as HTML, so a name with <script> prints as text.
import { PrintHeader, SignatureBlock } from "@/components/print-header";
import { PrintToolbar } from "@/components/print-toolbar";
import { buttonClass } from "@/components/ui/button";
import { getActor } from "@/lib/auth/current-user";
import { layoutBlocks, type ReportBlock, type ReportDoc, type ReportSignature } from "@/lib/document/blocks";
import { bchSigners } from "@/lib/document/issue";
import { applyIssueOptions, parseIssueOptions, SIGNER_LABELS, type Signer } from "@/lib/document/signer";

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

function Recipients({ items }: { items: string[] }) {
  return (
    <div className="text-left" data-testid="recipients">
      <p className="text-[12pt] font-bold italic">Nơi nhận:</p>
      {items.map((i) => (
        <p key={i} className="text-[11pt]">
          - {i}
        </p>
      ))}
    </div>
  );
}

function Block({ b }: { b: ReportBlock }) {
  switch (b.kind) {
    case "heading":
      return <h2 className="mt-3 font-bold">{b.text}</h2>;
    case "paragraph":
      return (
        <p
          className={`whitespace-pre-line text-justify ${b.bold ? "font-bold" : ""} ${b.italic ? "italic" : ""}`}
        >
          {b.text}
        </p>
      );
    case "table": {
      const bold = new Set(b.boldRows ?? []);
      const total = b.columns.reduce((t, c) => t + c.width, 0);
      return (
        <table className="my-1 w-full table-fixed border-collapse text-[12pt]">
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
          {b.left ? (
            <Signature s={b.left} lead={lead} />
          ) : b.recipients ? (
            <Recipients items={b.recipients} />
          ) : (
            <div />
          )}
          <Signature s={b.right} lead={lead} />
        </div>
      );
    }
    case "recipients":
      return (
        <div className="print-keep mt-4">
          <Recipients items={b.items} />
        </div>
      );
    case "pageBreak":
      return <div className="break-after-page" />;
  }
}

/**
 * The paper. The signature block and the lines before it print together ("print-keep"), so the
 * signature is never alone on a page.
 */
export function PrintDocument({ doc }: { doc: ReportDoc }) {
  const wide = doc.orientation === "landscape";
  const blocks = layoutBlocks(doc.blocks);
  // The last block before the first signatures keeps with them.
  const sig = blocks.findIndex((b) => b.kind === "signatures");
  const body = sig > 0 ? blocks.slice(0, sig - 1) : sig === 0 ? [] : blocks;
  const tail = sig > 0 ? blocks.slice(sig - 1) : sig === 0 ? blocks : [];
  return (
    <article
      className={`mx-auto px-8 py-8 font-print text-[13pt] print:min-w-0 print:max-w-none print:p-0 ${wide ? "min-w-[960px] max-w-[297mm]" : "min-w-[720px] max-w-[210mm]"}`}
    >
      <PrintHeader unit={doc.unit} number={doc.number} date={doc.date} />
      <h1 className="mt-6 text-center text-[14pt] font-bold uppercase">{doc.title}</h1>
      {doc.subtitle && <p className="mb-3 text-center font-bold">{doc.subtitle}</p>}
      <div className="mt-3 space-y-1">
        {body.map((b, i) => (
          <Block key={i} b={b} />
        ))}
        {tail.length > 0 && (
          <div className="print-keep space-y-1">
            {tail.map((b, i) => (
              <Block key={i} b={b} />
            ))}
          </div>
        )}
      </div>
    </article>
  );
}

/** The signer and the issue date, chosen before printing: a GET form that reloads the page. */
function IssueForm({
  signer,
  date,
  deputy,
  keep,
}: {
  signer: Signer;
  date?: string;
  deputy: string | null;
  /** The page's other parameters (year, member …), carried over so the same paper reloads. */
  keep: [string, string][];
}) {
  return (
    <form
      method="get"
      className="flex w-full flex-wrap items-center gap-2 text-sm sm:w-auto"
      aria-label="Người ký và ngày ban hành"
    >
      {keep.map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <label className="flex min-w-0 max-w-full items-center gap-1">
        <span className="whitespace-nowrap">Người ký</span>
        <select
          name="signer"
          defaultValue={signer}
          className="min-w-0 max-w-full flex-1 rounded border border-surface-line px-2 py-1"
        >
          <option value="chair">{SIGNER_LABELS.chair}</option>
          {deputy && <option value="deputy">{`${SIGNER_LABELS.deputy} (${deputy})`}</option>}
        </select>
      </label>
      <label className="flex items-center gap-1">
        <span className="whitespace-nowrap">Ngày ban hành</span>
        <input
          type="date"
          name="date"
          defaultValue={date}
          className="rounded border border-surface-line px-2 py-1"
        />
      </label>
      <button type="submit" className={buttonClass("secondary")}>
        Áp dụng
      </button>
    </form>
  );
}

// The print layout is A4 landscape; a portrait paper says so for its own page.
const PORTRAIT = "@page { size: A4 portrait; margin: 20mm 15mm 20mm 25mm; }";

type Search = Record<string, string | string[] | undefined>;

/**
 * The page around a paper: back, the signer and issue date, PDF and DOCX downloads (with the same
 * choices), print. `search`: the page's search parameters (year, signer, date …); `children`: other
 * downloads (Excel), after the DOCX.
 */
export async function ReportPage({
  doc,
  back,
  api,
  search = {},
  printLabel = "In",
  hint,
  children,
}: {
  doc: ReportDoc;
  back: string;
  api: string;
  search?: Search;
  printLabel?: string;
  hint?: string;
  children?: React.ReactNode;
}) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(search)) if (typeof v === "string") params.set(k, v);
  const parsed = parseIssueOptions(params);
  const opts = "error" in parsed ? { signer: "chair" as const } : parsed;
  const actor = await getActor();
  const names = actor ? await bchSigners(actor.unitId) : { chair: "", deputy: null };
  const paper = applyIssueOptions(doc, opts, names);
  const extra = new URLSearchParams();
  // Only the print choices go on to the downloads; the api link carries the paper's own parameters.
  if (opts.signer !== "chair") extra.set("signer", opts.signer);
  const dateIso = "date" in opts && opts.date ? opts.date.toISOString().slice(0, 10) : undefined;
  if (dateIso) extra.set("date", dateIso);
  const q = extra.toString() ? `&${extra}` : "";
  const sep = api.includes("?") ? "&" : "?";
  const hasBch = doc.blocks.some((b) => b.kind === "signatures" && (b.right.bch || b.left?.bch));
  const keep = [...params].filter(([k]) => k !== "signer" && k !== "date");
  const paperHint = doc.orientation === "landscape" ? "Khổ A4 ngang" : "Khổ A4 dọc";
  return (
    <>
      {doc.orientation !== "landscape" && <style>{PORTRAIT}</style>}
      <PrintToolbar
        backHref={back}
        printLabel={printLabel}
        hint={hint ? `${hint} · ${paperHint.toLowerCase()}` : paperHint}
      >
        {hasBch && <IssueForm signer={opts.signer} date={dateIso} deputy={names.deputy} keep={keep} />}
        <a href={`${api}${sep}format=pdf${q}`} className={buttonClass("secondary")}>
          Tải PDF
        </a>
        <a href={`${api}${sep}format=docx${q}`} className={buttonClass("secondary")}>
          Tải DOCX
        </a>
        {children}
      </PrintToolbar>
      {"error" in parsed && (
        <p role="alert" className="mx-auto max-w-[210mm] px-8 pt-3 text-sm text-red-700 print:hidden">
          {parsed.error}
        </p>
      )}
      <div className="overflow-x-auto print:overflow-visible">
        <PrintDocument doc={paper} />
      </div>
    </>
  );
}

/** The old name of the paper view, for the rating report pages. */
export const ReportView = PrintDocument;

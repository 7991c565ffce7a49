// Who signs for the Ban Chấp hành, and the paper's issue date, as chosen when printing
// (?signer=chair|deputy, ?date=yyyy-mm-dd). Pure and client-safe: the print toolbar offers the
// same choices the routes accept.
import type { ReportBlock, ReportDoc, ReportSignature } from "./blocks";

export type Signer = "chair" | "deputy";
export const SIGNER_LABELS: Record<Signer, string> = {
  chair: "TM. BAN CHẤP HÀNH – Chủ tịch",
  deputy: "KT. CHỦ TỊCH – Phó Chủ tịch",
};

/** The names on the BCH's signature: the current chủ tịch and phó chủ tịch (null when none). */
export type BchSigners = { chair: string; deputy: string | null };

export type IssueOptions = { signer: Signer; date?: Date };

/** The print options of a request; an unreadable date is an error shown to the user. */
export function parseIssueOptions(params: URLSearchParams): IssueOptions | { error: string } {
  const signer: Signer = params.get("signer") === "deputy" ? "deputy" : "chair";
  const raw = params.get("date");
  if (!raw) return { signer };
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!date || date.getUTCDate() !== Number(m?.[3]))
    return { error: "Ngày ban hành không hợp lệ (dạng yyyy-mm-dd)." };
  return { signer, date };
}

/** The BCH's signature for the chosen signer: "TM. BAN CHẤP HÀNH / CHỦ TỊCH" or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH". */
export function bchSignature(signer: Signer, names: BchSigners): ReportSignature {
  return signer === "deputy"
    ? { lead: "KT. CHỦ TỊCH", title: "PHÓ CHỦ TỊCH", name: names.deputy ?? "", bch: true }
    : { lead: "TM. BAN CHẤP HÀNH", title: "CHỦ TỊCH", name: names.chair, bch: true };
}

const sign = (s: ReportSignature | undefined, signer: Signer, names: BchSigners) =>
  s?.bch ? bchSignature(signer, names) : s;

/** The paper as printed: the BCH's signatures by the chosen signer, the date the BCH set (if any). */
export function applyIssueOptions(doc: ReportDoc, opts: IssueOptions, names: BchSigners): ReportDoc {
  const blocks = doc.blocks.map((b): ReportBlock =>
    b.kind === "signatures"
      ? { ...b, left: sign(b.left, opts.signer, names), right: sign(b.right, opts.signer, names)! }
      : b,
  );
  return { ...doc, date: (!doc.dateFixed && opts.date) || doc.date, blocks };
}

import "server-only";
// The long lists' page content deflated at zlib level 1 instead of pdfkit's default (6).
// A 60,000-member sổ writes some 1,500 pages of text operators, and deflating them at the default
// level was about a second of the drawing; level 1 takes a fraction of that for a file a little
// larger (the same text: the stream inflates to the same bytes). pdfkit has no option for the level,
// so this replaces `finalize` on the one page's content reference only (not on PDFReference, so fonts,
// images and every other paper keep pdfkit's behaviour): it deflates the buffered chunks itself, then
// lets pdfkit's finalize write the object with compression off (the Filter it set stays FlateDecode).
import { deflateSync } from "node:zlib";
import type { PdfKitDoc } from "pdfkit";

type ContentRef = {
  compress: boolean;
  buffer: Uint8Array[] | Uint8Array;
  data: { Filter?: string };
  finalize: () => void;
  fastDeflate?: true;
};

/** Deflates the current page's content at level 1 when pdfkit writes it out. */
export function fastDeflatePage(doc: PdfKitDoc) {
  const ref = (doc.page as unknown as { content: ContentRef }).content;
  if (ref.fastDeflate) return;
  ref.fastDeflate = true;
  const finalize = ref.finalize.bind(ref);
  ref.finalize = () => {
    if (ref.compress && Array.isArray(ref.buffer) && ref.buffer.length) {
      ref.buffer = [deflateSync(Buffer.concat(ref.buffer), { level: 1 })];
      ref.data.Filter = "FlateDecode";
      ref.compress = false;
    }
    finalize();
  };
}

import "server-only";
import { type DocumentProps, renderToBuffer } from "@react-pdf/renderer";
import type { ReactElement } from "react";
import { registerPdfFonts } from "./fonts";

// react-pdf keeps each font's glyph objects between documents, and a glyph first met inside one
// text run keeps that run's code points: later PDFs then carry a wrong text layer ("b54cce18" read
// back as "b54cc 18": the page looks right, but copy, search and screen readers lose letters).
// So every PDF starts from freshly loaded fonts, one PDF at a time.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Renders a react-pdf <Document> to a PDF file with the font embedded. Route handlers that call it
 * need `export const runtime = "nodejs"`.
 */
export function renderPdf(document: ReactElement<DocumentProps>): Promise<Uint8Array> {
  const run = queue.then(async () => {
    registerPdfFonts();
    return new Uint8Array(await renderToBuffer(document));
  });
  queue = run.catch(() => undefined);
  return run;
}

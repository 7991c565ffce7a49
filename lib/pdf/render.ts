import "server-only";
import type { ReactElement } from "react";
import { type DocumentProps, renderToBuffer } from "@react-pdf/renderer";
import { registerPdfFonts } from "./fonts";

/**
 * Renders a react-pdf <Document> to a PDF file with the font embedded. Route handlers that call it
 * need `export const runtime = "nodejs"`.
 */
export async function renderPdf(document: ReactElement<DocumentProps>): Promise<Uint8Array> {
  registerPdfFonts();
  return new Uint8Array(await renderToBuffer(document));
}

import "server-only";
import type { PdfKitDoc } from "pdfkit";

export const MM = 72 / 25.4;

/** The writable area of the current page: left edge, width, top and bottom of the text block. */
export type Frame = {
  doc: PdfKitDoc;
  left: number;
  width: number;
  top: number;
  bottom: number;
  landscape: boolean;
};

/** QĐ 933/QĐ-TLĐ margins: about 20–25 mm top, bottom and left, 15–20 mm right. */
export function margins(landscape: boolean) {
  return landscape
    ? { top: 15 * MM, bottom: 15 * MM, left: 20 * MM, right: 15 * MM }
    : { top: 20 * MM, bottom: 20 * MM, left: 25 * MM, right: 15 * MM };
}

export function newPage(f: Frame) {
  f.doc.addPage({
    size: "A4",
    layout: f.landscape ? "landscape" : "portrait",
    margins: margins(f.landscape),
  });
  f.doc.y = f.top;
}

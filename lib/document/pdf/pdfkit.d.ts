// pdfkit ships no types (it is a direct dependency, see package.json): what lib/document uses of it.
declare module "pdfkit" {
  const PDFDocument: new (options?: Record<string, unknown>) => PdfKitDoc;
  export default PDFDocument;
  export type PdfKitFont = {
    id: string;
    ascender: number;
    encode(text: string): [string[], { xAdvance: number }[]];
    ref(): unknown;
  };
  export type PdfKitDoc = {
    x: number;
    y: number;
    page: {
      width: number;
      height: number;
      margins: { top: number; bottom: number; left: number; right: number };
      fonts: Record<string, unknown>;
      write(chunk: string | Uint8Array): void;
    };
    _font: PdfKitFont;
    on(event: "data", cb: (chunk: Buffer) => void): void;
    on(event: "end" | "pageAdded", cb: () => void): void;
    addPage(options?: Record<string, unknown>): PdfKitDoc;
    registerFont(name: string, path: string): PdfKitDoc;
    font(name: string): PdfKitDoc;
    fontSize(size: number): PdfKitDoc;
    text(text: string, x?: number, y?: number, options?: Record<string, unknown>): PdfKitDoc;
    heightOfString(text: string, options?: Record<string, unknown>): number;
    widthOfString(text: string, options?: Record<string, unknown>): number;
    moveTo(x: number, y: number): PdfKitDoc;
    lineTo(x: number, y: number): PdfKitDoc;
    rect(x: number, y: number, w: number, h: number): PdfKitDoc;
    lineWidth(w: number): PdfKitDoc;
    stroke(): PdfKitDoc;
    fillColor(c: string): PdfKitDoc;
    addContent(data: string): PdfKitDoc;
    bufferedPageRange(): { start: number; count: number };
    switchToPage(n: number): PdfKitDoc;
    end(): void;
  };
}

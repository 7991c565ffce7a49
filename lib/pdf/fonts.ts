import "server-only";
// The PDF typeface. QĐ 933 asks for Times New Roman; DejaVu Serif is the closest face that ships as
// a TTF on npm with every Vietnamese glyph (stacked diacritics like ặ, ẫ, ự, ỹ), and react-pdf
// embeds it in the file, so the PDF looks the same on every machine.
import { Font } from "@react-pdf/renderer";
import { fontFile } from "./font-dir";

export const PDF_FONT = "DejaVu Serif";
/** DejaVu Serif has no đồng sign (₫); react-pdf falls back to DejaVu Sans for the glyphs it lacks. */
export const PDF_FONT_STACK = [PDF_FONT, "DejaVu Sans"];

/** Registers the faces afresh: new font objects, with none of a previous document's glyph cache. */
export function registerPdfFonts() {
  const families = Font.getRegisteredFonts() as Record<string, unknown>;
  delete families[PDF_FONT];
  delete families["DejaVu Sans"];
  Font.register({
    family: PDF_FONT,
    fonts: [
      { src: fontFile("DejaVuSerif.ttf") },
      { src: fontFile("DejaVuSerif-Bold.ttf"), fontWeight: "bold" },
      { src: fontFile("DejaVuSerif-Italic.ttf"), fontStyle: "italic" },
      { src: fontFile("DejaVuSerif-BoldItalic.ttf"), fontWeight: "bold", fontStyle: "italic" },
    ],
  });
  Font.register({
    family: "DejaVu Sans",
    fonts: [
      { src: fontFile("DejaVuSans.ttf") },
      { src: fontFile("DejaVuSans-Bold.ttf"), fontWeight: "bold" },
      { src: fontFile("DejaVuSans-Oblique.ttf"), fontStyle: "italic" },
      { src: fontFile("DejaVuSans-BoldOblique.ttf"), fontWeight: "bold", fontStyle: "italic" },
    ],
  });
  // Vietnamese words must not be split with hyphens.
  Font.registerHyphenationCallback((word) => [word]);
}

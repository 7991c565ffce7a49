import "server-only";
// The same embedded faces as lib/pdf (DejaVu Serif, every Vietnamese glyph), for pdfkit.
import { fontFile } from "@/lib/pdf/font-dir";

export const FONT_FILES = {
  R: "DejaVuSerif.ttf",
  B: "DejaVuSerif-Bold.ttf",
  I: "DejaVuSerif-Italic.ttf",
  BI: "DejaVuSerif-BoldItalic.ttf",
} as const;
export type FontKey = keyof typeof FONT_FILES;

const paths = new Map<FontKey, string>();
/**
 * pdfkit is given the font by its file path, not by a registered name: a name registered after the
 * document's default font re-reads and re-parses the font file on every font() call (the cache
 * lookup returns before storing it), which cost seconds on 1,500 pages.
 */
export function fontPath(key: FontKey) {
  let p = paths.get(key);
  if (!p) paths.set(key, (p = fontFile(FONT_FILES[key])));
  return p;
}

import "server-only";
// The same embedded faces as lib/pdf (DejaVu Serif, every Vietnamese glyph), for pdfkit.
import { join } from "node:path";

const dir = () => join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");

export const FONT_FILES = {
  R: "DejaVuSerif.ttf",
  B: "DejaVuSerif-Bold.ttf",
  I: "DejaVuSerif-Italic.ttf",
  BI: "DejaVuSerif-BoldItalic.ttf",
} as const;
export type FontKey = keyof typeof FONT_FILES;

export const fontPath = (key: FontKey) => join(dir(), FONT_FILES[key]);

import "server-only";
import { join } from "node:path";

/**
 * Where the DejaVu TTF files are, for react-pdf (lib/pdf/fonts.ts) and pdfkit
 * (lib/rating/reports/pdf/fonts.ts). From the project root, not require.resolve: inside Next's
 * server bundle that returns a module id.
 */
export const fontFile = (name: string) =>
  join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", name);

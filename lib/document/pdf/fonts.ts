import "server-only";
// The PDF typeface: Tinos, metric-compatible with Times New Roman (the union layout's face) and
// covering every Vietnamese letter, embedded (subset) in each PDF so it prints the same anywhere.
import { join } from "node:path";

const FONT_FILES = {
  R: "400Regular/Tinos_400Regular.ttf",
  B: "700Bold/Tinos_700Bold.ttf",
  I: "400Regular_Italic/Tinos_400Regular_Italic.ttf",
  BI: "700Bold_Italic/Tinos_700Bold_Italic.ttf",
} as const;
export type FontKey = keyof typeof FONT_FILES;

const paths = new Map<FontKey, string>();
/**
 * pdfkit is given the font by its file path, not by a registered name: a name registered after the
 * document's default font re-reads and re-parses the font file on every font() call (the cache
 * lookup returns before storing it), which cost seconds on 1,500 pages. The path is from the
 * project root, not require.resolve: inside Next's server bundle that returns a module id.
 */
export function fontPath(key: FontKey) {
  let p = paths.get(key);
  if (!p)
    paths.set(key, (p = join(process.cwd(), "node_modules", "@expo-google-fonts", "tinos", FONT_FILES[key])));
  return p;
}

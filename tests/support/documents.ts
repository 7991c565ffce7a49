// Reading back the files the app produces, as a person would see them: the text of a PDF
// (poppler's pdftotext), its fonts (pdffonts), and the text of a DOCX (word/document.xml).
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";

function tempFile(bytes: Uint8Array, ext: string) {
  const path = join(mkdtempSync(join(tmpdir(), "scd-doc-")), `file.${ext}`);
  writeFileSync(path, bytes);
  return path;
}

/** The PDF's text in reading order, whitespace collapsed, so assertions read like the page. */
export function pdfText(pdf: Uint8Array, opts: { layout?: boolean } = {}): string {
  const out = execFileSync("pdftotext", [
    ...(opts.layout ? ["-layout"] : []),
    "-enc",
    "UTF-8",
    tempFile(pdf, "pdf"),
    "-",
  ]).toString("utf8");
  return opts.layout ? out : out.replace(/\s+/g, " ").trim();
}

/** pdffonts' table: one line per font, with its "emb" column. */
export function pdfFonts(pdf: Uint8Array): string {
  return execFileSync("pdffonts", [tempFile(pdf, "pdf")]).toString("utf8");
}

/** The number of pages, from pdfinfo. */
export function pdfPages(pdf: Uint8Array): number {
  const info = execFileSync("pdfinfo", [tempFile(pdf, "pdf")]).toString("utf8");
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** Renders page `page` to a PNG at `dir`/`name`.png (for looking at, not for asserting). */
export function pdfToPng(pdf: Uint8Array, dir: string, name: string, page = 1) {
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "110",
    "-f",
    String(page),
    "-l",
    String(page),
    "-singlefile",
    tempFile(pdf, "pdf"),
    join(dir, name),
  ]);
}

/** The DOCX's visible text: paragraphs joined by spaces, XML entities decoded. */
export async function docxText(docx: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const text = xml
    .replace(/<\/w:p>/g, " ")
    .replace(/<w:tab\/>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
  return text.replace(/\s+/g, " ").trim();
}

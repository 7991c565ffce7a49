// Reading back the files the app produces, as a person would see them: the text of a PDF
// (poppler's pdftotext), its fonts (pdffonts), and the text of a DOCX (word/document.xml).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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

/** The PDF's text in content-stream order (pdftotext -raw): a wrapped cell's lines stay together. */
export function pdfRawText(pdf: Uint8Array): string {
  return execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", tempFile(pdf, "pdf"), "-"]).toString("utf8");
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

/** The text of one page of a PDF, whitespace collapsed. */
export function pdfPageText(pdf: Uint8Array, page: number): string {
  return execFileSync("pdftotext", [
    "-f",
    String(page),
    "-l",
    String(page),
    "-enc",
    "UTF-8",
    tempFile(pdf, "pdf"),
    "-",
  ])
    .toString("utf8")
    .replace(/\s+/g, " ")
    .trim();
}

export type PdfWord = {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  pageWidth: number;
};

/** Every word of the PDF with its box in points from the top left (pdftotext -bbox). */
export function pdfWords(pdf: Uint8Array): PdfWord[] {
  const html = execFileSync("pdftotext", ["-bbox", "-enc", "UTF-8", tempFile(pdf, "pdf"), "-"]).toString(
    "utf8",
  );
  const words: PdfWord[] = [];
  let page = 0;
  let pageWidth = 0;
  for (const m of html.matchAll(
    /<page width="([\d.]+)"|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    if (m[1]) {
      page++;
      pageWidth = Number(m[1]);
      continue;
    }
    const text = m[6]
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"');
    words.push({
      page,
      text,
      xMin: Number(m[2]),
      yMin: Number(m[3]),
      xMax: Number(m[4]),
      yMax: Number(m[5]),
      pageWidth,
    });
  }
  return words;
}

/** The words of a text as a sorted list, to compare two files' text regardless of layout order. */
export const wordBag = (text: string) =>
  text
    .normalize("NFC")
    .split(/\s+/)
    .filter((w) => w && !/^[─\u2500]+$/.test(w))
    .sort();

/** A DOCX as PDF through LibreOffice (for looking at its pages). */
export function docxToPdf(docx: Uint8Array): Uint8Array {
  const src = tempFile(docx, "docx");
  const out = mkdtempSync(join(tmpdir(), "scd-lo-"));
  execFileSync("libreoffice", ["--headless", "--convert-to", "pdf", "--outdir", out, src], {
    stdio: "ignore",
  });
  return readFileSync(join(out, "file.pdf"));
}

/** Every page of a PDF as PNG files `dir`/`name`-N.png (for looking at). */
export function pdfToPngs(pdf: Uint8Array, dir: string, name: string) {
  execFileSync("pdftoppm", ["-png", "-r", "70", tempFile(pdf, "pdf"), join(dir, name)]);
}

const flat = (s: string) => s.normalize("NFC").replace(/[\s\-─\u2500]+/g, "");
const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/**
 * Whether a PDF and a DOCX of one paper say the same thing. The PDF is read in content-stream order
 * (pdftotext -raw: header columns, then the body, a wrapped cell's lines together: the Word file's
 * order) without its page numbers; whitespace, hyphens (pdftotext joins a line broken at a hyphen)
 * and the header rules are ignored. Every paragraph of the Word file must be found in the PDF, in
 * order (`missing` lists those that are not), and the PDF may have nothing else but a repeat of what
 * came before: a table's header row on each new page (`extra` lists anything else).
 */
export async function compareTexts(pdf: Uint8Array, docx: Uint8Array) {
  const raw = execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", tempFile(pdf, "pdf"), "-"]).toString(
    "utf8",
  );
  const pages = raw
    .split("\f")
    // The number is drawn as its page opens: the page's first line.
    .map((page, i) => (i === 0 ? page : page.replace(new RegExp(`^\\s*${i + 1}(\\s|$)`), " ")));
  const text = flat(pages.join(" "));
  const zip = await JSZip.loadAsync(docx);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const paragraphs = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)]
    .map((m) => flat(decode(m[0].replace(/<[^>]+>/g, ""))))
    .filter(Boolean);
  const missing: string[] = [];
  const extra: string[] = [];
  let pos = 0;
  const gap = (to: number) => {
    const g = text.slice(pos, to);
    if (g && !text.slice(0, pos).includes(g)) extra.push(g);
  };
  for (const p of paragraphs) {
    const at = text.indexOf(p, pos);
    if (at < 0) {
      missing.push(p);
      continue;
    }
    gap(at);
    pos = at + p.length;
  }
  gap(text.length);
  return { missing, extra, paragraphs: paragraphs.length };
}

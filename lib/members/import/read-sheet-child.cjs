// The uploaded workbook is read here, in a child process with its own small heap
// (lib/members/import/sheet-process.ts starts it), never in the web server: a hostile file (an
// "Excel bomb": 2 MB that expands to 500 MB of cells) can only exhaust this process.
// It streams the first worksheet with exceljs' WorkbookReader and stops at the first limit.
// Plain CommonJS on purpose: it runs under bare `node`, outside Next's bundle.
//
// In:  one IPC message { file: Uint8Array, limits }.
// Out: one IPC message { ok: true, rows: [{ rowNo, cells: string[] }] } or { ok: false, message }.
/* eslint-disable @typescript-eslint/no-require-imports */
"use strict";
const { Readable } = require("node:stream");

/** A refusal with the Vietnamese sentence the person sees. */
class Limit extends Error {}

const nf = new Intl.NumberFormat("vi-VN");
let expandedBytes = 0;
let limits = null;

// exceljs' streaming reader decodes each zip chunk on its own, which splits multi-byte UTF-8
// characters at chunk boundaries ("ượ" became "��"). This replacement of its SAX pump decodes
// with { stream: true } and counts the expanded bytes of every part of the file it reads.
function installParseSax() {
  const { SaxesParser } = require("saxes");
  const path = require.resolve("exceljs/lib/utils/parse-sax");
  async function* parseSax(iterable) {
    const parser = new SaxesParser();
    const decoder = new TextDecoder("utf-8");
    let error;
    let events = [];
    parser.on("error", (err) => (error = err));
    parser.on("opentag", (value) => events.push({ eventType: "opentag", value }));
    parser.on("text", (value) => events.push({ eventType: "text", value }));
    parser.on("closetag", (value) => events.push({ eventType: "closetag", value }));
    for await (const chunk of iterable) {
      const text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
      expandedBytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length;
      if (expandedBytes > limits.maxExpandedBytes) throw tooBig();
      parser.write(text);
      if (error) throw error;
      yield events;
      events = [];
    }
    parser.write(decoder.decode());
    parser.close();
    if (error) throw error;
    if (events.length) yield events;
  }
  require.cache[path] = { id: path, filename: path, loaded: true, exports: parseSax };
}

const pad = (n) => String(n).padStart(2, "0");

/** A cell as the text a person would type: dates as dd/mm/yyyy; a formula without a stored result as its text. */
function cellText(v, isDate) {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return `${pad(v.getUTCDate())}/${pad(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
  if (typeof v === "number" && isDate) return cellText(excelToDate(v), false);
  if (typeof v === "object") {
    if (Array.isArray(v.richText))
      return v.richText
        .map((t) => t.text)
        .join("")
        .trim();
    if ("formula" in v || "sharedFormula" in v) {
      if (v.result !== undefined && v.result !== null) return cellText(v.result, isDate);
      // Saved without its computed value (some tools do): show the formula, not "[object Object]".
      const f = v.formula ?? v.sharedFormula;
      return f ? `=${String(f).trim()}` : "";
    }
    if ("result" in v) return cellText(v.result, isDate);
    if ("text" in v) return cellText(v.text, isDate);
    if ("error" in v) return "";
    if ("hyperlink" in v) return String(v.hyperlink).trim();
    return "";
  }
  return String(v).trim();
}

let excelToDate = (n) => new Date(Math.round((n - 25569) * 86400000));

/**
 * The sizes the zip's central directory declares for its parts, added up: a bomb that says what it
 * is refused before anything is inflated. (A zip that lies is still counted as it is read.)
 */
function declaredExpandedBytes(buf) {
  const min = Math.max(0, buf.length - 22 - 65535);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--)
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return 0; // not a zip: exceljs will say so
  const entries = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries && at + 46 <= buf.length; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) break;
    const size = buf.readUInt32LE(at + 24);
    total += size === 0xffffffff ? Infinity : size; // ZIP64: larger than any member list
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return total;
}

const tooBig = () =>
  new Limit(
    `Tệp giải nén ra hơn ${nf.format(limits.maxExpandedBytes / 1e6)} MB dữ liệu: quá lớn cho một danh sách đoàn viên. Hãy chỉ giữ các cột của danh sách, hoặc chia tệp thành nhiều phần.`,
  );

async function readFirstSheet(file) {
  if (
    declaredExpandedBytes(Buffer.from(file.buffer, file.byteOffset, file.byteLength)) >
    limits.maxExpandedBytes
  )
    throw tooBig();
  installParseSax();
  const ExcelJS = require("exceljs");
  const utils = require("exceljs/lib/utils/utils");
  excelToDate = (n) => utils.excelToDate(n, false);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(file)]), {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  const rows = [];
  let cells = 0;
  let chars = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const out = [];
      let filled = 0;
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const text = cellText(cell.value, utils.isDateFmt(cell.numFmt));
        if (text === "") return;
        if (col > limits.maxColumns)
          throw new Limit(
            `Dòng ${row.number} có dữ liệu ở cột thứ ${col}: bảng đoàn viên có tối đa ${limits.maxColumns} cột. Hãy xóa các cột thừa rồi tải lại.`,
          );
        if (text.length > limits.maxCellChars)
          throw new Limit(
            `Ô ở dòng ${row.number}, cột ${col} dài ${nf.format(text.length)} ký tự: mỗi ô tối đa ${nf.format(limits.maxCellChars)} ký tự.`,
          );
        out[col - 1] = text;
        filled++;
        chars += text.length;
      });
      if (filled === 0) continue;
      cells += filled;
      if (rows.length >= limits.maxRows)
        throw new Limit(
          `Tệp có hơn ${nf.format(limits.maxRows)} dòng có dữ liệu: mỗi lần nhập tối đa ${nf.format(limits.maxDataRows)} dòng. Hãy chia tệp thành nhiều phần.`,
        );
      if (cells > limits.maxCells || chars > limits.maxChars)
        throw new Limit(
          `Tệp có quá nhiều dữ liệu (hơn ${nf.format(Math.min(cells, limits.maxCells))} ô): hãy chỉ giữ các cột của danh sách đoàn viên, hoặc chia tệp thành nhiều phần.`,
        );
      for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = "";
      rows.push({ rowNo: row.number, cells: out });
    }
    return { ok: true, rows }; // the first worksheet only
  }
  return { ok: false, message: "Tệp Excel không có trang tính nào." };
}

process.once("message", (msg) => {
  limits = msg.limits;
  readFirstSheet(msg.file)
    .catch((err) =>
      err instanceof Limit
        ? { ok: false, message: err.message }
        : { ok: false, message: "Không đọc được tệp: hãy chọn một tệp Excel .xlsx.", detail: String(err) },
    )
    .then((result) => process.send(result, () => process.exit(0)));
});

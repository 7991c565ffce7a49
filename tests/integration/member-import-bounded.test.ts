// A hostile upload cannot take the server with it: the workbook is streamed in a child process
// that stops at the first limit (expanded bytes, columns, cells, rows, time), with a Vietnamese
// message, while this process's memory and event loop stay free. Also: a formula saved without
// its value previews as the formula, and Vietnamese text survives the streaming reader.
import { randomUUID } from "node:crypto";
import { monitorEventLoopDelay } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { processImport } from "@/lib/members/import/process";
import { SHEET_LIMITS } from "@/lib/members/import/sheet-process";
import { excelBomb } from "../../scripts/lib/excel-bomb";
import { makeGroup, makeUnit, makeUser } from "../factories/records";

let unitId = "";
let userId = "";
let groupName = "";
beforeAll(async () => {
  const unit = await makeUnit(db);
  unitId = unit.id;
  groupName = (await makeGroup(db, unit.id)).name;
  userId = (await makeUser(db, { unitId, email: `bom-${randomUUID().slice(0, 8)}@test.vn`, password: "x" }))
    .id;
});

async function upload(file: Buffer) {
  const job = await db.memberImport.create({ data: { unitId, createdById: userId, fileName: "ds.xlsx" } });
  const started = performance.now();
  await processImport(job.id, unitId, file);
  const ms = performance.now() - started;
  const done = await db.memberImport.findUniqueOrThrow({ where: { id: job.id } });
  const rows = await db.memberImportRow.findMany({ where: { importId: job.id }, orderBy: { rowNo: "asc" } });
  return { job: done, rows, ms };
}

describe("the 340,000 × 100 Excel bomb (≈ 3 MB that expands to 517 MB)", () => {
  let bomb: Buffer;
  beforeAll(async () => {
    const { file, expandedBytes } = await excelBomb({ rows: 340_000, cols: 100 });
    expect(expandedBytes).toBe(517_369_063);
    expect(file.length).toBeLessThan(4_000_000);
    bomb = file;
  }, 60_000);

  it("one upload is refused within a few seconds with a clear message, nothing staged", async () => {
    const { job, rows, ms } = await upload(bomb);
    expect(job.status).toBe("FAILED");
    expect(job.error).toBe(
      "Tệp giải nén ra hơn 300 MB dữ liệu: quá lớn cho một danh sách đoàn viên. Hãy chỉ giữ các cột của danh sách, hoặc chia tệp thành nhiều phần.",
    );
    expect(rows).toHaveLength(0);
    expect(ms).toBeLessThan(8_000);
  });

  it("three at once: each refused, this process's event loop and memory untouched", async () => {
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 20);
    const started = performance.now();
    const results = await Promise.all([upload(bomb), upload(bomb), upload(bomb)]);
    const ms = performance.now() - started;
    clearInterval(sampler);
    lag.disable();
    expect(results.map((r) => r.job.status)).toEqual(["FAILED", "FAILED", "FAILED"]);
    for (const r of results) expect(r.job.error).toMatch(/^Tệp giải nén ra hơn 300 MB dữ liệu/);
    expect(ms).toBeLessThan(15_000);
    // The parsing happened elsewhere: no pause here longer than a quarter second, and well under
    // 100 MB more memory (the three 3 MB files and their copies), not the 4 GB of the report.
    expect(lag.max / 1e6).toBeLessThan(250);
    expect((rssPeak - rssBefore) / 1e6).toBeLessThan(100);
  }, 30_000);
});

describe("limits met while streaming (a zip that hides its sizes)", () => {
  it("a value beyond column 60 stops the reading at the first row", async () => {
    const { file } = await excelBomb({ rows: 20_000, cols: 100, lie: true, withRefs: true });
    const { job, rows, ms } = await upload(file);
    expect(job.status).toBe("FAILED");
    expect(job.error).toBe(
      `Dòng 1 có dữ liệu ở cột thứ ${SHEET_LIMITS.maxColumns + 1}: bảng đoàn viên có tối đa ${SHEET_LIMITS.maxColumns} cột. Hãy xóa các cột thừa rồi tải lại.`,
    );
    expect(rows).toHaveLength(0);
    expect(ms).toBeLessThan(8_000);
  }, 30_000);

  it("more rows than one import may hold stops at the limit, without reading the rest", async () => {
    const { file } = await excelBomb({
      rows: SHEET_LIMITS.maxRows + 5_000,
      cols: 2,
      lie: true,
      withRefs: true,
    });
    const { job, rows } = await upload(file);
    expect(job.status).toBe("FAILED");
    expect(job.error).toBe(
      "Tệp có hơn 100.050 dòng có dữ liệu: mỗi lần nhập tối đa 100.000 dòng. Hãy chia tệp thành nhiều phần.",
    );
    expect(rows).toHaveLength(0);
  }, 60_000);

  it("a file that is not a workbook gets the usual message", async () => {
    const { job } = await upload(Buffer.from("PK\u0003\u0004 không phải Excel"));
    expect(job.status).toBe("FAILED");
    expect(job.error).toBe("Không đọc được tệp: hãy chọn một tệp Excel .xlsx.");
  });
});

describe("what the streaming reader reads", () => {
  it("a formula saved without its value previews as the formula, not “[object Object]”", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("DS");
    ws.addRow(["Họ và tên", "Tổ", "Ngày sinh", "Giới tính", "Ngày vào công đoàn"]);
    ws.addRow(["Trần Thị Mai", groupName, "05/03/1990", "Nữ", "01/09/2015"]);
    ws.getCell("A2").value = { formula: 'CONCAT("Trần ","Mai")' } as ExcelJS.CellFormulaValue;
    ws.getCell("C2").value = {
      formula: "DATE(1990,3,5)",
      result: undefined,
    } as unknown as ExcelJS.CellFormulaValue;
    const { job, rows } = await upload(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(job.status).toBe("PREVIEW");
    expect(rows[0].cells).toEqual([
      '=CONCAT("Trần ","Mai")',
      groupName,
      "=DATE(1990,3,5)",
      "Nữ",
      "01/09/2015",
    ]);
    expect(JSON.stringify(rows)).not.toContain("[object Object]");
    expect(rows[0].errors).toEqual(["Ngày sinh “=DATE(1990,3,5)” không hợp lệ (dạng dd/mm/yyyy)."]);
  });

  it("keeps every Vietnamese letter of 5,000 rows (no character split between two chunks)", async () => {
    const names = ["Nguyễn Thị Phượng", "Trương Văn Hưởng", "Đặng Thị Ngọc Ánh", "Lưu Quốc Khánh"];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("DS");
    ws.addRow(["Họ và tên", "Tổ", "Ghi chú"]);
    for (let i = 0; i < 5_000; i++) ws.addRow([names[i % 4], groupName, `${names[(i + 1) % 4]} – dòng ${i}`]);
    const { job, rows } = await upload(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(job.rowCount).toBe(5_000);
    expect(rows).toHaveLength(5_000);
    expect(rows.filter((r) => JSON.stringify(r.cells).includes("\uFFFD"))).toHaveLength(0);
    expect(rows.map((r) => (r.cells as string[])[0])).toEqual(
      Array.from({ length: 5_000 }, (_, i) => names[i % 4]),
    );
  }, 60_000);
});

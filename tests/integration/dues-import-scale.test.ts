// The payroll list at a large unit's scale: totals beyond 2^31 đồng (2,147,483,647) stored and
// posted to the fund exactly, the preview written in chunks as a whole or not at all, and a list
// whose last chunk holds a bad row (or a month paid since the preview) writing nothing.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/lib/auth/current-user";
import { parsePinnedDay } from "@/lib/clock";
import { db } from "@/lib/db";
import { commitDuesImportAction } from "@/lib/finance/dues/actions";
import { writePreviewRows } from "@/lib/finance/dues/import/preview-rows";
import { uploadDuesImport } from "@/lib/finance/dues/import/upload-dues-import";
import { makeMember } from "../factories/records";
import { actAs } from "./helpers/session";
import { snapshotAll } from "./helpers/unit-snapshot";
import { buildWorld, type World } from "./helpers/world";

let w: World;
let chair: Actor;
const day = (iso: string) => parsePinnedDay(iso);

async function workbook(rows: (string | number)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Trích lương");
  ws.addRow(["Số thẻ", "Họ và tên", "Tháng", "Số tiền"]);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const members = (n: number) =>
  Promise.all(
    Array.from({ length: n }, () =>
      makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id, joinedUnionOn: "2015-09-01" }),
    ),
  );

beforeAll(async () => {
  w = await buildWorld();
  chair = (await loadActor(w.userIdOf("chair")!)) as Actor;
  actAs(chair.userId);
});

describe("a payroll list larger than 2^31 đồng", { timeout: 120_000 }, () => {
  it("is stored, paid and posted to the fund to the đồng: 22 × 100,000,000 = 2,200,000,000 đ", async () => {
    const people = await members(22);
    const file = await workbook(people.map((m) => [m.cardNumber!, m.fullName, "08/2026", 100_000_000]));
    const preview = await uploadDuesImport(chair, "lon.xlsx", file, day("2026-08-25"));
    expect(preview).toMatchObject({ rowCount: 22, errorCount: 0, total: 2_200_000_000 });
    expect(await commitDuesImportAction({ importId: preview.id })).toMatchObject({
      ok: true,
      data: { rows: 22, total: 2_200_000_000 },
    });
    const [stored] = await db.$queryRaw<{ total: string; paid: string }[]>`
      SELECT i.total::text AS total,
        (SELECT SUM(amount)::text FROM "DuesPayment" WHERE "importId" = i.id) AS paid
      FROM "DuesImport" i WHERE i.id = ${preview.id}`;
    expect(stored).toEqual({ total: "2200000000", paid: "2200000000" });
    // One phiếu holds at most 2 tỷ đ: two parts of 1,100,000,000 đ, numbered apart.
    const entries = await db.fundEntry.findMany({
      where: { sourceKind: "dues_collection", sourceId: preview.id },
      orderBy: { voucherNo: "asc" },
      select: { amount: true, direction: true, account: true, description: true },
    });
    expect(entries.map((e) => [e.amount, e.direction, e.account])).toEqual([
      [1_100_000_000, "IN", "BANK"],
      [1_100_000_000, "IN", "BANK"],
    ]);
    expect(entries.map((e) => e.description.replace(/.*\(phần/, "(phần"))).toEqual([
      "(phần 1/2)",
      "(phần 2/2)",
    ]);
    // The fund's month sums (BIGINT, kept by triggers) hold the whole amount.
    const [month] = await db.$queryRaw<{ amount: string }[]>`
      SELECT SUM(t.amount)::text AS amount FROM derived."FundMonthTotal" t
      JOIN "FundCategory" c ON c.id = t."categoryId"
      WHERE t."unitId" = ${w.unit.id} AND t.month = DATE '2026-08-01' AND c.code = 'DUES' AND t.direction = 'IN'`;
    expect(BigInt(month.amount)).toBeGreaterThanOrEqual(2_200_000_000n);
  });
});

describe("the preview, written in chunks", { timeout: 120_000 }, () => {
  it("keeps every row when the bad one is in the last chunk, and the commit then writes nothing", async () => {
    const people = await members(6);
    const rows = people.map((m) => [m.cardNumber!, m.fullName, "09/2026", 40_000]);
    rows.push(["KHONG-CO-THE", "Người Lạ", "09/2026", 40_000]); // spreadsheet row 8: the 3rd chunk of 3
    const preview = await uploadDuesImport(chair, "chunks.xlsx", await workbook(rows), day("2026-09-25"), {
      chunk: 3,
    });
    expect(preview).toMatchObject({ rowCount: 7, errorCount: 1, total: 240_000 });
    const stored = await db.duesImportRow.findMany({
      where: { importId: preview.id },
      orderBy: { rowNo: "asc" },
      select: { rowNo: true, errors: true },
    });
    expect(stored.map((r) => r.rowNo)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(stored.at(-1)?.errors).toEqual(["Không có đoàn viên số thẻ KHONG-CO-THE."]);
    const before = await snapshotAll(w.unitIds);
    expect(await commitDuesImportAction({ importId: preview.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: "Còn 1 dòng lỗi: sửa tệp rồi tải lên lại. Chưa ghi dòng nào.",
    });
    expect(await snapshotAll(w.unitIds)).toEqual(before);
    expect(await db.duesPayment.count({ where: { memberId: { in: people.map((m) => m.id) } } })).toBe(0);
  });

  it("is stored whole or not at all: a failing last chunk leaves no list and no row", async () => {
    const id = `imp-${randomUUID().slice(0, 12)}`;
    const row = (rowNo: number) => ({
      rowNo,
      card: "",
      name: "A",
      month: "2026-09",
      amount: 1,
      memberId: null,
      errors: [],
    });
    await expect(
      db.$transaction(async (tx) => {
        await tx.duesImport.create({
          data: {
            id,
            unitId: w.unit.id,
            fileName: "x.xlsx",
            fileHash: id,
            rowCount: 5,
            errorCount: 0,
            total: 5,
            paidOn: day("2026-09-25"),
          },
        });
        // Row 2 again in the last chunk: the primary key refuses it.
        await writePreviewRows(tx, id, [row(2), row(3), row(4), row(5), row(2)], 2);
      }),
    ).rejects.toThrow();
    expect(await db.duesImport.count({ where: { id } })).toBe(0);
    expect(await db.duesImportRow.count({ where: { importId: id } })).toBe(0);
  });

  it("refuses the commit when the last row's month was paid by payroll after the preview: nothing written", async () => {
    const people = await members(4);
    const rows = people.map((m) => [m.cardNumber!, m.fullName, "10/2026", 50_000]);
    const preview = await uploadDuesImport(chair, "race.xlsx", await workbook(rows), day("2026-10-25"), {
      chunk: 2,
    });
    expect(preview).toMatchObject({ rowCount: 4, errorCount: 0, total: 200_000 });
    const last = people[3];
    await db.duesPayment.create({
      data: {
        unitId: w.unit.id,
        memberId: last.id,
        month: day("2026-10-01"),
        amount: 50_000,
        method: "PAYROLL",
        paidOn: day("2026-10-20"),
        groupId: w.groupA.id,
      },
    });
    const before = await snapshotAll(w.unitIds);
    expect(await commitDuesImportAction({ importId: preview.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: "Dòng 5: tháng này vừa được ghi trích lương. Tải tệp lên lại để kiểm tra.",
    });
    expect(await snapshotAll(w.unitIds)).toEqual(before);
    expect(await db.duesPayment.count({ where: { importId: preview.id } })).toBe(0);
    expect(await db.fundEntry.count({ where: { sourceId: preview.id } })).toBe(0);
  });
});

// Đoàn phí against real rows: the payroll list (all or nothing, never twice), reversals that keep the
// history, the tổ trưởng's scope, dated salaries, and the totals against SQL written here.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import {
  commitDuesImportAction,
  recordDuesPaymentAction,
  reverseDuesPaymentAction,
  setMemberSalaryAction,
} from "@/lib/finance/dues/actions";
import { uploadDuesImport } from "@/lib/finance/dues/import/upload-dues-import";
import { duesMonthView } from "@/lib/finance/dues/queries";
import { duesTotals } from "@/lib/finance/dues/totals";
import { makeMember } from "../factories/records";
import { actAs } from "./helpers/session";
import { snapshotAll } from "./helpers/unit-snapshot";
import { buildWorld, type RoleKey, type World } from "./helpers/world";

let w: World;
const actor = async (role: RoleKey) => (await loadActor(w.userIdOf(role)!)) as Actor;
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

async function workbook(rows: (string | number)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Trích lương");
  ws.addRow(["DANH SÁCH TRÍCH ĐOÀN PHÍ QUA LƯƠNG"]);
  ws.addRow(["Số thẻ", "Họ và tên", "Tháng", "Số tiền"]);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const salaried = (salary: number, groupId = w.groupA.id) =>
  makeMember(db, { unitId: w.unit.id, groupId, joinedUnionOn: "2015-09-01" }).then((m) =>
    db.member.update({ where: { id: m.id }, data: { insuranceSalary: salary } }),
  );

beforeAll(async () => {
  w = await buildWorld();
});

// Each upload starts the bounded reader's child process: slow on a busy machine.
describe("the payroll deduction list", { timeout: 240_000 }, () => {
  it("shows two bad rows in the preview and refuses to write any row while they are there", async () => {
    const [a, b] = await Promise.all([salaried(6_000_000), salaried(8_000_000)]);
    const file = await workbook([
      [a.cardNumber!, a.fullName, "04/2026", 30_000],
      [b.cardNumber!, b.fullName, "13/2026", 40_000], // no month 13
      ["KHONG-CO", "Người Lạ", "04/2026", 30_000], // no such card
    ]);
    const chair = await actor("chair");
    const preview = await uploadDuesImport(chair, "t4.xlsx", file, day("2026-04-25"));
    expect(preview).toMatchObject({ rowCount: 3, errorCount: 2, total: 30_000 });
    const stored = await db.duesImportRow.findMany({
      where: { importId: preview.id },
      orderBy: { rowNo: "asc" },
    });
    const errors = stored.map((r) => [r.rowNo, r.errors]);
    expect(errors).toEqual([
      [3, []],
      [4, ["Tháng không hợp lệ (mm/yyyy)."]],
      [5, ["Không có đoàn viên số thẻ KHONG-CO."]],
    ]);
    actAs(chair.userId);
    const before = await snapshotAll(w.unitIds);
    const result = await commitDuesImportAction({ importId: preview.id });
    expect(result).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: "Còn 2 dòng lỗi: sửa tệp rồi tải lên lại. Chưa ghi dòng nào.",
    });
    expect(await snapshotAll(w.unitIds)).toEqual(before);
    expect(await db.duesPayment.count({ where: { memberId: { in: [a.id, b.id] } } })).toBe(0);
  });

  it("writes every row of a clean list, and neither the same file nor the same months again", async () => {
    const [a, b] = await Promise.all([salaried(6_000_000), salaried(8_000_000)]);
    const file = await workbook([
      [a.cardNumber!, a.fullName, "05/2026", 30_000],
      [b.cardNumber!, b.fullName, "05/2026", 40_000],
    ]);
    const chair = await actor("chair");
    actAs(chair.userId);
    const preview = await uploadDuesImport(chair, "t5.xlsx", file, day("2026-05-25"));
    expect(preview).toMatchObject({ rowCount: 2, errorCount: 0, total: 70_000 });
    expect(await commitDuesImportAction({ importId: preview.id })).toMatchObject({
      ok: true,
      data: { rows: 2, total: 70_000 },
    });
    const paid = await db.$queryRaw<{ member: string; amount: number }[]>`
      SELECT "memberId" AS member, SUM(amount)::int AS amount FROM "DuesPayment"
      WHERE "memberId" IN (${a.id}, ${b.id}) AND month = DATE '2026-05-01' AND method = 'PAYROLL'
      GROUP BY "memberId" ORDER BY SUM(amount)`;
    expect(paid).toEqual([
      { member: a.id, amount: 30_000 },
      { member: b.id, amount: 40_000 },
    ]);
    // The same file again: refused at the upload.
    await expect(uploadDuesImport(chair, "t5-lai.xlsx", file, day("2026-05-25"))).rejects.toThrow(
      "Tệp này đã được nhập trước đó; không nhập lại để tránh thu trùng.",
    );
    // Another file paying May again for one of them: that row is an error, the list is refused.
    const again = await uploadDuesImport(
      chair,
      "t5-bo-sung.xlsx",
      await workbook([[b.cardNumber!, b.fullName, "05/2026", 40_000]]),
      day("2026-05-28"),
    );
    expect(again).toMatchObject({ errorCount: 1 });
    expect(await commitDuesImportAction({ importId: again.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    // Committing the first list twice does nothing more.
    expect(await commitDuesImportAction({ importId: preview.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    const [{ n }] = await db.$queryRaw<{ n: number }[]>`
      SELECT COUNT(*)::int AS n FROM "DuesPayment" WHERE "memberId" IN (${a.id}, ${b.id})`;
    expect(n).toBe(2);
  });
});

describe("a reversal", () => {
  it("adds a negative row pointing at the original, which stays as it was; the month is unpaid again", async () => {
    const m = await salaried(6_000_000);
    actAs(w.userIdOf("leaderSameGroup"));
    const paid = await recordDuesPaymentAction({
      memberId: m.id,
      month: "03/2026",
      amount: "30.000",
      method: "GROUP_CASH",
      paidOn: "10/03/2026",
    });
    expect(paid).toMatchObject({ ok: true });
    const originalId = (paid as { data: { id: string } }).data.id;
    const original = await db.duesPayment.findUniqueOrThrow({ where: { id: originalId } });
    const undone = await reverseDuesPaymentAction({ paymentId: originalId, reason: "Ghi nhầm người" });
    expect(undone).toMatchObject({ ok: true });
    const rows = await db.duesPayment.findMany({ where: { memberId: m.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.amount, r.reversesId, r.note])).toEqual([
      [30_000, null, null],
      [-30_000, originalId, "Ghi nhầm người"],
    ]);
    expect(rows[0]).toEqual(original);
    const audit = await db.auditLog.findMany({
      where: { entityId: { in: rows.map((r) => r.id) } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["dues.payment.record", "dues.payment.reverse"]);
    // Reversing the same payment twice is refused.
    expect(await reverseDuesPaymentAction({ paymentId: originalId, reason: "Lần nữa" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    const view = await duesMonthView(await actor("leaderSameGroup"), {
      month: "2026-03",
      q: m.fullName,
    });
    // 0,5 % × 6.000.000 = 30.000 owed; 30.000 − 30.000 paid back = 0
    expect(view.rows.find((r) => r.memberId === m.id)).toMatchObject({
      amount: 30_000,
      paid: 0,
      balance: -30_000,
    });
  });
});

describe("who may write", () => {
  it("refuses the UBKT, a member and the ủy viên BCH, and the tổ trưởng of another tổ, with the database unchanged", async () => {
    const m = await salaried(6_000_000);
    const input = {
      memberId: m.id,
      month: "03/2026",
      amount: "30.000",
      method: "GROUP_CASH",
      paidOn: "10/03/2026",
    };
    const before = await snapshotAll(w.unitIds);
    for (const [role, code] of [
      ["ubkt", "FORBIDDEN"],
      ["member", "FORBIDDEN"],
      ["bchMember", "FORBIDDEN"],
      ["leaderOtherGroup", "NOT_FOUND"],
    ] as const) {
      actAs(w.userIdOf(role));
      expect(await recordDuesPaymentAction(input), role).toMatchObject({ ok: false, code });
      expect(
        await setMemberSalaryAction({ memberId: m.id, effectiveFrom: "01/07/2026", bhxhSalary: "9.000.000" }),
        role,
      ).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
    }
    expect(await snapshotAll(w.unitIds)).toEqual(before);
  });

  it("lets a tổ trưởng record only cash collected in the tổ", async () => {
    const m = await salaried(6_000_000);
    actAs(w.userIdOf("leaderSameGroup"));
    const result = await recordDuesPaymentAction({
      memberId: m.id,
      month: "03/2026",
      amount: "30.000",
      method: "BANK",
      paidOn: "10/03/2026",
    });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { method: "Tổ trưởng chỉ ghi nhận tiền mặt thu tại tổ." },
    });
  });
});

describe("a dated raise", () => {
  it("prices June on the old salary and July on the new one", async () => {
    const m = await salaried(6_000_000, w.groupB.id);
    actAs(w.userIdOf("chair"));
    expect(
      await setMemberSalaryAction({ memberId: m.id, effectiveFrom: "01/07/2026", bhxhSalary: "8.000.000" }),
    ).toMatchObject({ ok: true });
    const chair = await actor("chair");
    const june = await duesMonthView(chair, { month: "2026-06", q: m.fullName });
    const july = await duesMonthView(chair, { month: "2026-07", q: m.fullName });
    // 0,5 % × 6.000.000 = 30.000; 0,5 % × 8.000.000 = 40.000
    expect(june.rows.find((r) => r.memberId === m.id)).toMatchObject({ amount: 30_000, salary: 6_000_000 });
    expect(july.rows.find((r) => r.memberId === m.id)).toMatchObject({ amount: 40_000, salary: 8_000_000 });
    const history = await db.memberSalary.findMany({
      where: { memberId: m.id },
      orderBy: { effectiveFrom: "asc" },
    });
    expect(history.map((h) => [h.effectiveFrom.toISOString().slice(0, 10), h.bhxhSalary])).toEqual([
      ["1900-01-01", 6_000_000],
      ["2026-07-01", 8_000_000],
    ]);
  });
});

describe("the totals", () => {
  it("collected equals the payments summed in SQL, and the cấp trên's share is 30 % of it", async () => {
    const t = await duesTotals(w.unit.id, day("2026-01-01"), day("2026-12-31"));
    const [{ sum }] = await db.$queryRaw<{ sum: number }[]>`
      SELECT COALESCE(SUM(amount), 0)::int AS sum FROM "DuesPayment"
      WHERE "unitId" = ${w.unit.id} AND month BETWEEN DATE '2026-01-01' AND DATE '2026-12-01'`;
    expect(t.collected).toBe(sum);
    expect(sum).toBeGreaterThan(0);
    expect(t.extraKept).toBe(0);
    expect(t.upperShare + t.kept).toBe(sum);
  });
});

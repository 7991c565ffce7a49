// Welfare against real rows: the flow đề xuất → duyệt → đã chi, who may do what and see what,
// the override rule, cancelled visits leaving every total, the audit trail, and Excel vs the summary.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as pdfRoute } from "@/app/api/welfare/register/pdf/route";
import { GET as xlsxRoute } from "@/app/api/welfare/register/xlsx/route";
import { loadActor, type Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import {
  approveVisitAction,
  cancelVisitAction,
  createVisitAction,
  previewVisitLimitsAction,
  recordVisitDoneAction,
  updateVisitAction,
} from "@/lib/welfare/actions";
import { findOwnVisits, findVisits, getVisit } from "@/lib/welfare/queries";
import { getRegister } from "@/lib/welfare/register";
import { buildRegisterWorkbook } from "@/lib/welfare/register-xlsx";
import { visitListParamsSchema } from "@/lib/welfare/schema";
import { getYearSummary } from "@/lib/welfare/summary";
import { makeMember } from "../factories/records";
import { makeWelfareBudget, makeWelfareCategory, makeWelfareVisit } from "../factories/welfare";
import { callRoute } from "./helpers/route-matrix-kit";
import { actAs } from "./helpers/session";
import { snapshotAll } from "./helpers/unit-snapshot";
import { buildWorld, type RoleKey, type World } from "./helpers/world";

let w: World;
let sickId: string;
const actor = async (role: RoleKey) => (await loadActor(w.userIdOf(role)!)) as Actor;
const form = (memberId: string, over: Record<string, unknown> = {}) => ({
  memberId,
  categoryId: sickId,
  relativeName: "",
  relationship: "",
  eventOn: "10/03/2026",
  visitedOn: "",
  amount: "500.000",
  giftInKind: "",
  fund: "UNION_FUND",
  receiptNumber: "",
  note: "",
  visitorIds: [],
  overrideReason: "",
  overrideDecisionRef: "",
  ...over,
});
const as = (role: RoleKey) => actAs(w.userIdOf(role));

beforeAll(async () => {
  w = await buildWorld();
  sickId = (
    await makeWelfareCategory(db, w.unit.id, {
      name: "Ốm đau, nằm viện",
      rate: { defaultAmount: 300_000, maxPerTime: 1_000_000, maxTimesPerYear: 2 },
    })
  ).id;
});

describe("đề xuất → duyệt → đã chi", () => {
  it("a tổ trưởng proposes for their tổ, the chủ tịch approves, an ủy viên records it as paid; each step audited", async () => {
    const m = await makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id });
    as("leaderSameGroup");
    const created = await createVisitAction(form(m.id));
    expect(created).toMatchObject({ ok: true });
    const id = (created as { data: { id: string } }).data.id;

    as("bchMember");
    expect(await recordVisitDoneAction({ id, visitedOn: "12/03/2026", receiptNumber: "" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await approveVisitAction({ id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    as("chair");
    expect(await approveVisitAction({ id })).toMatchObject({ ok: true });
    expect(await approveVisitAction({ id }), "a double submit is refused").toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    as("bchMember");
    expect(
      await recordVisitDoneAction({ id, visitedOn: "12/03/2026", receiptNumber: "PC-12" }),
    ).toMatchObject({
      ok: true,
    });

    const v = await db.welfareVisit.findUniqueOrThrow({ where: { id } });
    expect(v).toMatchObject({
      state: "DONE",
      amount: 500_000,
      receiptNumber: "PC-12",
      proposedById: w.userIdOf("leaderSameGroup"),
      approvedById: w.userIdOf("chair"),
    });
    const audit = await db.auditLog.findMany({
      where: { entityType: "WelfareVisit", entityId: id },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => [a.action, a.actorUserId])).toEqual([
      ["welfare.visit.create", w.userIdOf("leaderSameGroup")],
      ["welfare.visit.approved", w.userIdOf("chair")],
      ["welfare.visit.done", w.userIdOf("bchMember")],
    ]);
    as("viceChair");
    expect(
      await updateVisitAction({ id, values: form(m.id, { amount: "1" }) }),
      "a paid visit is not edited",
    ).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("refuses a tổ trưởng's proposal for another tổ, and the UBKT's changes, leaving the database as it was", async () => {
    const other = await makeMember(db, { unitId: w.unit.id, groupId: w.groupB.id });
    const v = await makeWelfareVisit(db, { unitId: w.unit.id, memberId: other.id, categoryId: sickId });
    const before = await snapshotAll(w.unitIds);
    as("leaderSameGroup");
    expect(await createVisitAction(form(other.id))).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { memberId: expect.any(String) },
    });
    as("ubkt");
    expect(await createVisitAction(form(other.id))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await approveVisitAction({ id: v.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await cancelVisitAction({ id: v.id, reason: "Thử hủy" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await snapshotAll(w.unitIds)).toEqual(before);
  });
});

describe("beyond the quy chế", () => {
  it("needs a reason and a BCH decision reference, next to those fields; the override is audited", async () => {
    const m = await makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id });
    as("bchMember");
    const refused = await createVisitAction(form(m.id, { amount: "1.500.000" }));
    expect(refused).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        overrideReason: expect.stringContaining("Số tiền vượt mức quy chế (tối đa 1.000.000 ₫/lần)"),
        overrideDecisionRef: expect.any(String),
      },
    });
    expect(await db.welfareVisit.count({ where: { memberId: m.id } })).toBe(0);
    const ok = await createVisitAction(
      form(m.id, {
        amount: "1.500.000",
        overrideReason: "Phẫu thuật lớn",
        overrideDecisionRef: "NQ 07/NQ-BCH",
      }),
    );
    expect(ok).toMatchObject({ ok: true });
    const id = (ok as { data: { id: string } }).data.id;
    expect(
      await db.auditLog.findFirst({ where: { entityId: id, action: "welfare.visit.override" } }),
    ).toMatchObject({
      actorUserId: w.userIdOf("bchMember"),
      after: { overrideReason: "Phẫu thuật lớn", overrideDecisionRef: "NQ 07/NQ-BCH" },
    });
  });

  it("warns on the third sickness visit of a year, in the preview and at save; a cancelled one does not count", async () => {
    const m = await makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id });
    await makeWelfareVisit(db, {
      unitId: w.unit.id,
      memberId: m.id,
      categoryId: sickId,
      eventOn: "2026-01-05",
      state: "DONE",
    });
    const second = await makeWelfareVisit(db, {
      unitId: w.unit.id,
      memberId: m.id,
      categoryId: sickId,
      eventOn: "2026-02-05",
      state: "CANCELLED",
    });
    await makeWelfareVisit(db, {
      unitId: w.unit.id,
      memberId: m.id,
      categoryId: sickId,
      eventOn: "2025-12-31",
      state: "DONE",
    });
    as("leaderSameGroup");
    expect(
      await previewVisitLimitsAction({
        memberId: m.id,
        categoryId: sickId,
        eventOn: "10/03/2026",
        amount: "300.000",
      }),
    ).toMatchObject({ ok: true, data: { issues: [] } });
    await db.welfareVisit.update({ where: { id: second.id }, data: { state: "DONE" } });
    const preview = await previewVisitLimitsAction({
      memberId: m.id,
      categoryId: sickId,
      eventOn: "10/03/2026",
      amount: "300.000",
    });
    expect(preview).toMatchObject({
      ok: true,
      data: { issues: [expect.stringContaining("lần thứ 3 trong năm 2026")] },
    });
    expect(await createVisitAction(form(m.id, { amount: "300.000" }))).toMatchObject({
      ok: false,
      fieldErrors: { overrideReason: expect.stringContaining("lần thứ 3") },
    });
    const outsider = await makeMember(db, { unitId: w.unit.id, groupId: w.groupB.id });
    expect(
      await previewVisitLimitsAction({
        memberId: outsider.id,
        categoryId: sickId,
        eventOn: "10/03/2026",
        amount: "1",
      }),
      "another tổ's member",
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("who sees what", () => {
  it("a member sees only their own visits, a tổ trưởng their tổ's, the UBKT everything", async () => {
    const mine = await makeWelfareVisit(db, {
      unitId: w.unit.id,
      memberId: w.memberIdOf("member")!,
      categoryId: sickId,
      state: "DONE",
    });
    const other = await makeMember(db, { unitId: w.unit.id, groupId: w.groupB.id });
    const theirs = await makeWelfareVisit(db, {
      unitId: w.unit.id,
      memberId: other.id,
      categoryId: sickId,
      state: "DONE",
    });
    const member = await actor("member");
    expect(await getVisit(member, mine.id)).not.toBeNull();
    expect(await getVisit(member, theirs.id)).toBeNull();
    expect((await findOwnVisits(member)).map((v) => v.id)).toEqual([mine.id]);
    const params = visitListParamsSchema.parse({ year: "2026" });
    const leader = await actor("leaderSameGroup");
    const seen = (await findVisits(leader, { ...params, page: 1 })).rows.map((r) => r.id);
    expect(seen).toContain(mine.id);
    expect(seen).not.toContain(theirs.id);
    expect(await getVisit(await actor("leaderOtherGroup"), mine.id)).toBeNull();
    expect(await getVisit(await actor("ubkt"), theirs.id)).not.toBeNull();
    const otherChair = (await loadActor(w.userIdOf("chairOfOtherUnit")!)) as Actor;
    expect(await getVisit(otherChair, theirs.id)).toBeNull();
  });
});

describe("totals", () => {
  it("come from the paid rows in SQL; a cancelled visit leaves every total but stays in the audit; Excel matches the summary", async () => {
    const chair = await actor("chair");
    const year = 2031;
    const m = await makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id });
    const amounts = [333_333, 1_000_001, 77_777, 250_000];
    const visits = [];
    for (const [i, amount] of amounts.entries())
      visits.push(
        await makeWelfareVisit(db, {
          unitId: w.unit.id,
          memberId: m.id,
          categoryId: sickId,
          eventOn: `${year}-0${i + 1}-15`,
          amount,
          state: i === 3 ? "PROPOSED" : "DONE",
          fund: i === 1 ? "EMPLOYER" : "UNION_FUND",
        }),
      );
    await makeWelfareBudget(db, {
      unitId: w.unit.id,
      year,
      categoryId: sickId,
      fund: "UNION_FUND",
      amount: 2_000_000,
    });
    // Paid: 333.333 + 1.000.001 + 77.777; the proposal of 250.000 is not money spent.
    const before = await getYearSummary(chair, year);
    expect(before).toMatchObject({ count: 3, total: 1_411_111 });
    expect(before.funds.find((f) => f.fund === "EMPLOYER")).toMatchObject({ count: 1, total: 1_000_001 });
    // The dự toán is the quỹ CĐCS's: 333.333 + 77.777 paid from it; the chuyên môn's payment has no dự toán.
    const line = (s: typeof before, fund: string) =>
      s.budgetLines.find((l) => l.categoryId === sickId && l.fund === fund);
    expect(line(before, "UNION_FUND")).toMatchObject({
      budget: 2_000_000,
      spent: 411_110,
      committed: 0,
      balance: 1_588_890,
    });
    expect(line(before, "EMPLOYER")).toMatchObject({ budget: null, spent: 1_000_001, balance: null });
    expect(before.pending).toEqual({ count: 1, total: 250_000 });

    as("bchMember");
    expect(await cancelVisitAction({ id: visits[0].id, reason: "Ghi nhầm năm" })).toMatchObject({ ok: true });
    const after = await getYearSummary(chair, year);
    expect(after).toMatchObject({ count: 2, total: 1_077_778 });
    expect(line(after, "UNION_FUND")).toMatchObject({ spent: 77_777, balance: 1_922_223 });
    expect(
      await db.auditLog.findFirst({ where: { entityId: visits[0].id, action: "welfare.visit.cancelled" } }),
    ).toMatchObject({ after: { reason: "Ghi nhầm năm" } });
    expect(await db.welfareVisit.findUnique({ where: { id: visits[0].id } }), "not deleted").toMatchObject({
      state: "CANCELLED",
      cancelReason: "Ghi nhầm năm",
    });

    const register = await getRegister(chair, year);
    expect(register.rows.map((r) => r.id)).toEqual([visits[1].id, visits[2].id]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildRegisterWorkbook(register)) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const amountsInSheet: number[] = [];
    let totalCell: ExcelJS.CellValue = null;
    ws.eachRow((row) => {
      const first = row.getCell(1).value;
      if (typeof first === "number") amountsInSheet.push(row.getCell(9).value as number);
      if (first === "Cộng") totalCell = row.getCell(9).value;
    });
    expect(amountsInSheet.reduce((s, a) => s + a, 0)).toBe(after.total);
    expect((totalCell as unknown as { result: number }).result).toBe(after.total);
    expect(amountsInSheet).toHaveLength(after.count);
  });
});

describe("the sổ counts only visits done / paid", () => {
  it("lists and totals the paid visits; proposals and approvals stand apart; the Excel dates are date cells", async () => {
    const chair = await actor("chair");
    const year = 2032;
    const cat = await makeWelfareCategory(db, w.unit.id, { name: `Tai nạn ${year}` });
    const m = await makeMember(db, { unitId: w.unit.id, groupId: w.groupB.id });
    const made: { id: string; amount: number; state: string; eventOn: string }[] = [];
    const plan: [string, number, "PROPOSED" | "APPROVED" | "DONE" | "CANCELLED"][] = [
      ["02-03", 400_000, "DONE"],
      ["03-04", 1_250_000, "APPROVED"],
      ["04-05", 650_000, "DONE"],
      ["05-06", 300_000, "PROPOSED"],
      ["06-07", 900_000, "CANCELLED"],
      ["07-08", 125_000, "DONE"],
    ];
    for (const [md, amount, state] of plan) {
      const v = await makeWelfareVisit(db, {
        unitId: w.unit.id,
        memberId: m.id,
        categoryId: cat.id,
        eventOn: `${year}-${md}`,
        amount,
        state,
      });
      made.push({ id: v.id, amount, state, eventOn: `${year}-${md}` });
    }
    const paid = made.filter((v) => v.state === "DONE");
    const paidTotal = paid.reduce((s, v) => s + v.amount, 0);
    const pending = made.filter((v) => v.state === "PROPOSED" || v.state === "APPROVED");

    const register = await getRegister(chair, year);
    expect(register.rows.map((r) => r.id)).toEqual(paid.map((v) => v.id));
    expect(register.rows.reduce((s, r) => s + r.amount, 0)).toBe(paidTotal);
    expect(register.summary).toMatchObject({ count: paid.length, total: paidTotal });
    expect(register.summary.categories.find((c) => c.id === cat.id)).toMatchObject({
      count: paid.length,
      total: paidTotal,
    });
    expect(register.summary.funds).toEqual([{ fund: "UNION_FUND", count: paid.length, total: paidTotal }]);
    expect(register.summary.pending).toEqual({
      count: pending.length,
      total: pending.reduce((s, v) => s + v.amount, 0),
    });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildRegisterWorkbook(register)) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const dated: ExcelJS.Row[] = [];
    ws.eachRow((row) => {
      if (typeof row.getCell(1).value === "number") dated.push(row);
    });
    expect(dated).toHaveLength(paid.length);
    const first = dated[0].getCell(2);
    expect(first.value).toBeInstanceOf(Date);
    expect((first.value as Date).toISOString()).toBe(`${paid[0].eventOn}T00:00:00.000Z`);
    expect(first.numFmt).toBe("dd/mm/yyyy");
    expect(dated.map((r) => (r.getCell(2).value as Date).toISOString().slice(0, 10))).toEqual(
      paid.map((v) => v.eventOn),
    );
  });
});

describe("a welfare amount is more than 0 đồng", () => {
  it.each(["0", "0.000", "-300.000"])(
    "refuses %s next to the amount field, leaving the database as it was",
    async (amount) => {
      const m = await makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id });
      as("chair");
      const refused = await createVisitAction(form(m.id, { amount }));
      expect(refused).toMatchObject({ ok: false, fieldErrors: { amount: expect.any(String) } });
      expect((refused as unknown as { fieldErrors: { amount: string } }).fieldErrors.amount).toMatch(
        /lớn hơn 0|số đồng nguyên/,
      );
      expect(await db.welfareVisit.count({ where: { memberId: m.id } })).toBe(0);
    },
  );

  it("refuses 0 when editing too", async () => {
    const m = await makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id });
    const v = await makeWelfareVisit(db, { unitId: w.unit.id, memberId: m.id, categoryId: sickId });
    as("chair");
    expect(await updateVisitAction({ id: v.id, values: form(m.id, { amount: "0" }) })).toMatchObject({
      ok: false,
      fieldErrors: { "values.amount": "Số tiền phải lớn hơn 0 đồng." },
    });
    expect(await db.welfareVisit.findUnique({ where: { id: v.id } })).toMatchObject({ amount: 300_000 });
  });
});

describe("the category's budget (dự toán) of the year", () => {
  it("shows what remains, warns before it goes negative and needs a written reason to go on, at proposal and at approval", async () => {
    const year = 2033;
    const cat = await makeWelfareCategory(db, w.unit.id, { name: `Hỉ ${year}` });
    await makeWelfareBudget(db, {
      unitId: w.unit.id,
      year,
      categoryId: cat.id,
      fund: "UNION_FUND",
      amount: 1_000_000,
    });
    const m = await makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id });
    const common = { unitId: w.unit.id, memberId: m.id, categoryId: cat.id };
    await makeWelfareVisit(db, { ...common, eventOn: `${year}-01-10`, amount: 600_000, state: "DONE" });
    await makeWelfareVisit(db, { ...common, eventOn: `${year}-02-10`, amount: 250_000, state: "APPROVED" });
    await makeWelfareVisit(db, { ...common, eventOn: `${year}-02-11`, amount: 999_000, state: "PROPOSED" });
    await makeWelfareVisit(db, { ...common, eventOn: `${year}-02-12`, amount: 999_000, state: "CANCELLED" });
    // 1.000.000 − 600.000 paid − 250.000 approved = 150.000 left.
    const visit = (amount: string, over: Record<string, unknown> = {}) =>
      form(m.id, { categoryId: cat.id, eventOn: `15/03/${year}`, amount, ...over });

    as("bchMember");
    const preview = await previewVisitLimitsAction({
      memberId: m.id,
      categoryId: cat.id,
      eventOn: `15/03/${year}`,
      amount: "200.000",
      fund: "UNION_FUND",
    });
    expect(preview).toMatchObject({
      ok: true,
      data: {
        budget: {
          year,
          budget: 1_000_000,
          spent: 600_000,
          committed: 250_000,
          remaining: 150_000,
          after: -50_000,
        },
      },
    });
    expect((preview as { data: { budgetWarning: string } }).data.budgetWarning).toContain("-50.000 ₫");

    const refused = await createVisitAction(visit("200.000"));
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { budgetOverrideReason: expect.stringContaining("còn 150.000 ₫") },
    });
    expect(await db.welfareVisit.count({ where: { memberId: m.id, state: { not: "CANCELLED" } } })).toBe(3);

    const within = await createVisitAction(visit("150.000"));
    expect(within, "exactly what remains needs no reason").toMatchObject({ ok: true });

    const ok = await createVisitAction(
      visit("200.000", { budgetOverrideReason: "Hai đoàn viên cưới cùng tháng" }),
    );
    expect(ok).toMatchObject({ ok: true });
    const id = (ok as { data: { id: string } }).data.id;
    expect(await db.welfareVisit.findUnique({ where: { id } })).toMatchObject({
      state: "PROPOSED",
      budgetOverrideReason: "Hai đoàn viên cưới cùng tháng",
    });
    expect(
      await db.auditLog.findFirst({ where: { entityId: id, action: "welfare.visit.budget-override" } }),
    ).toMatchObject({ after: { budgetOverrideReason: "Hai đoàn viên cưới cùng tháng", remaining: 150_000 } });

    as("chair");
    // Approving the 150.000 first leaves nothing for the 200.000.
    const withinId = (within as { data: { id: string } }).data.id;
    expect(await approveVisitAction({ id: withinId })).toMatchObject({ ok: true });
    const noReason = await approveVisitAction({ id });
    expect(noReason).toMatchObject({
      ok: false,
      fieldErrors: { budgetOverrideReason: expect.stringContaining("còn 0 ₫") },
    });
    expect(await db.welfareVisit.findUnique({ where: { id } }), "unchanged").toMatchObject({
      state: "PROPOSED",
      approvedById: null,
    });
    expect(
      await approveVisitAction({ id, budgetOverrideReason: "BCH thống nhất chi vượt, bù từ dự phòng" }),
    ).toMatchObject({ ok: true });
    expect(await db.welfareVisit.findUnique({ where: { id } })).toMatchObject({
      state: "APPROVED",
      budgetOverrideReason: "BCH thống nhất chi vượt, bù từ dự phòng",
    });
    expect(
      await db.auditLog.findFirst({ where: { entityId: id, action: "welfare.visit.approved" } }),
    ).toMatchObject({
      actorUserId: w.userIdOf("chair"),
      after: { state: "APPROVED", budgetOverrideReason: "BCH thống nhất chi vượt, bù từ dự phòng" },
    });
  });

  it("gives no budget warning where the category has no dự toán for that fund and year", async () => {
    const m = await makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id });
    as("bchMember");
    const preview = await previewVisitLimitsAction({
      memberId: m.id,
      categoryId: sickId,
      eventOn: "15/03/2034",
      amount: "300.000",
      fund: "UNION_FUND",
    });
    expect(preview).toMatchObject({ ok: true, data: { budget: null, budgetWarning: null } });
  });
});

describe("the sổ theo dõi thăm hỏi downloads read ?year= like every download", () => {
  it.each([
    ["/api/welfare/register/xlsx", xlsxRoute],
    ["/api/welfare/register/pdf", pdfRoute],
  ])("%s answers 400 for ?year=abc and out of range, never this year's file", async (path, handler) => {
    as("chair");
    for (const query of ["?year=abc", "?year=1999", "?year=2026.5"]) {
      const res = await callRoute({ path, method: "GET", handler }, { query });
      expect(res.status, query).toBe(400);
      expect(await res.json()).toEqual({ error: "Năm không hợp lệ: hãy chọn một năm từ 2000 đến 2100." });
    }
    expect((await callRoute({ path, method: "GET", handler }, { query: "?year=2026" })).status).toBe(200);
  });
});

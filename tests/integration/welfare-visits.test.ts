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
import { makeWelfareCategory, makeWelfareVisit } from "../factories/welfare";
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
  it("come from the rows in SQL; a cancelled visit leaves every total but stays in the audit; Excel matches the summary", async () => {
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
    await db.welfareBudget.create({
      data: { unitId: w.unit.id, year, categoryId: sickId, fund: "UNION_FUND", amount: 2_000_000 },
    });
    const before = await getYearSummary(chair, year);
    expect(before).toMatchObject({ count: 4, total: 1_661_111 });
    expect(before.funds.find((f) => f.fund === "EMPLOYER")).toMatchObject({ count: 1, total: 1_000_001 });
    expect(before.categories.find((c) => c.id === sickId)).toMatchObject({
      budget: 2_000_000,
      spent: 1_411_111,
      balance: 588_889,
    });

    as("bchMember");
    expect(await cancelVisitAction({ id: visits[0].id, reason: "Ghi nhầm năm" })).toMatchObject({ ok: true });
    const after = await getYearSummary(chair, year);
    expect(after).toMatchObject({ count: 3, total: 1_327_778 });
    expect(after.categories.find((c) => c.id === sickId)).toMatchObject({
      spent: 1_077_778,
      balance: 922_222,
    });
    expect(
      await db.auditLog.findFirst({ where: { entityId: visits[0].id, action: "welfare.visit.cancelled" } }),
    ).toMatchObject({ after: { reason: "Ghi nhầm năm" } });
    expect(await db.welfareVisit.findUnique({ where: { id: visits[0].id } }), "not deleted").toMatchObject({
      state: "CANCELLED",
      cancelReason: "Ghi nhầm năm",
    });

    const register = await getRegister(chair, year);
    expect(register.rows.map((r) => r.id)).toEqual(visits.slice(1).map((v) => v.id));
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

// The CĐCS's fund (issue 16, decision 0076): a paid welfare visit posts its phiếu chi by itself and a
// cancellation reverses it; corrections are reversals that keep the history; who may write; the
// KPCĐ stop as a dated setting; the welfare dự toán read from the fund's budget; and the quarterly
// report's figures against numbers worked by hand and SQL written here.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  addFundInspectionNoteAction,
  correctFundEntryAction,
  createFundEntryAction,
} from "@/lib/finance/fund/actions";
import { getBook } from "@/lib/finance/fund/books";
import { getFundReport } from "@/lib/finance/fund/report";
import { fundTotals } from "@/lib/finance/fund/totals";
import { cancelVisitAction, recordVisitDoneAction, setWelfareBudgetAction } from "@/lib/welfare/actions";
import { checkBudget } from "@/lib/welfare/budget";
import { makeFundCategories, makeFundEntry } from "../factories/fund";
import { makeMember, makeUnit } from "../factories/records";
import { makeWelfareCategory, makeWelfareVisit } from "../factories/welfare";
import { isoDay, THIS_YEAR, TODAY, typed } from "../support/today";
import { actAs } from "./helpers/session";
import { snapshotAll } from "./helpers/unit-snapshot";
import { buildWorld, makePerson, type RoleKey, type World } from "./helpers/world";

let w: World;
let cats: Record<string, string>;
let treasurerUserId: string;
const as = (role: RoleKey) => actAs(w.userIdOf(role));
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const entry = (over: Record<string, unknown> = {}) => ({
  date: "12/03/2026",
  direction: "OUT",
  account: "CASH",
  categoryId: cats.ACTIVITIES,
  amount: "1.250.000",
  voucherNo: "",
  description: "Tổ chức ngày 8/3",
  ...over,
});

beforeAll(async () => {
  w = await buildWorld();
  cats = await makeFundCategories(db, w.unit.id);
  const t = await makePerson(w.unit.id, w.groupB.id, {
    termId: w.term.id,
    role: "TREASURER",
    label: "thuquy",
  });
  treasurerUserId = t.user.id;
});

async function approvedVisit(amount: number, eventOn = "2026-04-02") {
  const m = await makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id, fullName: "Lê Thị Ốm" });
  const c = await makeWelfareCategory(db, w.unit.id, { name: `Ốm đau ${amount}` });
  return makeWelfareVisit(db, {
    unitId: w.unit.id,
    memberId: m.id,
    categoryId: c.id,
    eventOn,
    amount,
    state: "APPROVED",
    fund: "EMPLOYER",
  });
}

describe("welfare visits in the fund", () => {
  it("a visit recorded as paid is a phiếu chi of WELFARE by itself, in the same transaction, audited", async () => {
    const v = await approvedVisit(733_000);
    as("bchMember");
    expect(
      await recordVisitDoneAction({ id: v.id, visitedOn: "05/04/2026", receiptNumber: "" }),
    ).toMatchObject({ ok: true });
    const rows = await db.fundEntry.findMany({
      where: { sourceKind: "welfare_visit", sourceId: v.id },
      include: { category: true },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      unitId: w.unit.id,
      direction: "OUT",
      account: "CASH",
      amount: 733_000,
      date: day("2026-04-05"),
      welfareFund: "EMPLOYER",
      voucherYear: 2026,
      reversesId: null,
      createdById: w.userIdOf("bchMember"),
    });
    expect(rows[0].category.code).toBe("WELFARE");
    expect(rows[0].voucherNo).toMatch(/^PC\d{3}$/);
    const audit = await db.auditLog.findMany({ where: { entityType: "FundEntry", entityId: rows[0].id } });
    expect(audit.map((a) => [a.action, a.actorUserId])).toEqual([
      ["finance.entry.record", w.userIdOf("bchMember")],
    ]);
  });

  it("a receipt number already in the book is refused next to the field, and nothing changes", async () => {
    const first = await approvedVisit(100_000);
    const second = await approvedVisit(200_000);
    as("chair");
    expect(
      await recordVisitDoneAction({ id: first.id, visitedOn: "06/04/2026", receiptNumber: "PC-77" }),
    ).toMatchObject({ ok: true });
    const before = await snapshotAll(w.unitIds);
    const result = await recordVisitDoneAction({
      id: second.id,
      visitedOn: "07/04/2026",
      receiptNumber: "PC-77",
    });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { receiptNumber: expect.stringContaining("PC-77") },
    });
    expect(await snapshotAll(w.unitIds)).toEqual(before);
    expect((await db.welfareVisit.findUniqueOrThrow({ where: { id: second.id } })).state).toBe("APPROVED");
  });

  it("cancelling a paid visit reverses its phiếu chi: the original stays, the category nets to zero", async () => {
    // The reversing phiếu is dated the day of the cancellation (the suite's day): the visit is paid
    // that day too, so both phiếu fall in the year totalled here, whatever the suite's day.
    const v = await approvedVisit(450_000, isoDay(TODAY));
    as("chair");
    await recordVisitDoneAction({ id: v.id, visitedOn: typed(TODAY), receiptNumber: "" });
    const [from, to] = [day(`${THIS_YEAR}-01-01`), day(`${THIS_YEAR + 1}-01-01`)];
    const before = await fundTotals(w.unit.id, from, to);
    expect(await cancelVisitAction({ id: v.id, reason: "Ghi nhầm người được thăm" })).toMatchObject({
      ok: true,
    });
    const rows = await db.fundEntry.findMany({ where: { sourceId: v.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.amount)).toEqual([450_000, -450_000]);
    expect(rows[1].reversesId).toBe(rows[0].id);
    expect(rows[1].description).toContain("Ghi nhầm người được thăm");
    const after = await fundTotals(w.unit.id, from, to);
    expect(after.spending).toBe(before.spending - 450_000);
    // Cancelling a visit never paid writes nothing in the fund.
    const unpaid = await approvedVisit(90_000);
    await cancelVisitAction({ id: unpaid.id, reason: "Đoàn viên không nhận" });
    expect(await db.fundEntry.count({ where: { sourceId: unpaid.id } })).toBe(0);
  });
});

describe("phiếu thu, chi and their corrections", () => {
  it("numbers each year's phiếu chi in turn; a correction is a negative twin, once, and the original is kept", async () => {
    const unit = await makeUnit(db);
    await makeFundCategories(db, unit.id);
    const chair = await makePerson(
      unit.id,
      (await db.group.create({ data: { unitId: unit.id, name: "Tổ 1" } })).id,
      {
        termId: (
          await db.term.create({
            data: { unitId: unit.id, name: "NK", startOn: day("2020-01-01"), endOn: day("2099-12-31") },
          })
        ).id,
        role: "CHAIR",
      },
    );
    const c = await makeFundCategories(db, unit.id);
    actAs(chair.user.id);
    const a = await createFundEntryAction(entry({ categoryId: c.ACTIVITIES }));
    const b = await createFundEntryAction(
      entry({ categoryId: c.ADMIN, amount: "300.000", date: "01/04/2026" }),
    );
    const i = await createFundEntryAction(
      entry({ categoryId: c.AGENCY, direction: "IN", amount: "5.000.000" }),
    );
    expect([a, b, i].every((r) => r.ok)).toBe(true);
    const nos = await db.fundEntry.findMany({
      where: { unitId: unit.id },
      orderBy: { createdAt: "asc" },
      select: { voucherNo: true },
    });
    expect(nos.map((n) => n.voucherNo)).toEqual(["PC001", "PC002", "PT001"]);
    const id = (b as { data: { id: string } }).data.id;
    expect(
      await correctFundEntryAction({ id, date: "02/04/2026", reason: "Ghi nhầm số tiền" }),
    ).toMatchObject({ ok: true });
    expect(await correctFundEntryAction({ id, date: "03/04/2026", reason: "Lần hai" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    const all = await db.fundEntry.findMany({
      where: { unitId: unit.id, direction: "OUT" },
      orderBy: { createdAt: "asc" },
    });
    expect(all.map((e) => [e.voucherNo, e.amount, e.reversesId])).toEqual([
      ["PC001", 1_250_000, null],
      ["PC002", 300_000, null],
      ["PC003", -300_000, id],
    ]);
    // A voucher number typed twice in a year is refused next to the field.
    expect(
      await createFundEntryAction(entry({ categoryId: c.ACTIVITIES, voucherNo: "PC001" })),
    ).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { voucherNo: expect.stringContaining("PC001") },
    });
    // Automatic khoản are not typed by hand.
    expect(await createFundEntryAction(entry({ categoryId: c.WELFARE }))).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
  });

  it("a phiếu chi posted by a visit is corrected only by cancelling the visit", async () => {
    const e = await makeFundEntry(db, {
      unitId: w.unit.id,
      code: "WELFARE",
      date: "2026-06-01",
      amount: 100_000,
      sourceKind: "welfare_visit",
    });
    as("chair");
    const before = await snapshotAll(w.unitIds);
    expect(
      await correctFundEntryAction({ id: e.id, date: "02/06/2026", reason: "Thử điều chỉnh" }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await snapshotAll(w.unitIds)).toEqual(before);
  });

  it("KPCĐ is refused on days the unit collects none (a dated setting), allowed before", async () => {
    await db.setting.create({
      data: {
        unitId: w.unit.id,
        key: "finance.kpcd.collected",
        value: "no",
        effectiveFrom: day("2025-06-01"),
      },
    });
    as("chair");
    const k = (date: string) =>
      entry({
        date,
        direction: "IN",
        account: "BANK",
        categoryId: cats.KPCD,
        amount: "2.100.000",
        description: "KPCĐ quý II",
      });
    const refused = await createFundEntryAction(k("10/06/2025"));
    expect(refused).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { categoryId: expect.stringContaining("01/06/2025") },
    });
    expect(await createFundEntryAction(k("31/05/2025"))).toMatchObject({ ok: true });
  });
});

describe("who writes the fund", () => {
  const refusedRoles: RoleKey[] = ["member", "leaderSameGroup", "ubkt", "bchMember", "viceChair"];
  it.each(refusedRoles)("%s may not write a phiếu, and the database is unchanged", async (role) => {
    as(role);
    const before = await snapshotAll(w.unitIds);
    expect(await createFundEntryAction(entry())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await snapshotAll(w.unitIds)).toEqual(before);
  });

  it("the UBKT attaches its note to a period (its only write here); a member may not", async () => {
    as("member");
    const before = await snapshotAll(w.unitIds);
    const note = {
      periodFrom: "01/01/2026",
      periodTo: "31/03/2026",
      note: "Chứng từ quý I đầy đủ, khớp sổ.",
    };
    expect(await addFundInspectionNoteAction(note)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await snapshotAll(w.unitIds)).toEqual(before);
    as("ubkt");
    expect(await addFundInspectionNoteAction(note)).toMatchObject({ ok: true });
    const r = await getFundReport(w.unit.id, 2026, 1);
    expect(r.notes.map((n) => n.note)).toEqual([note.note]);
  });

  it("the treasurer writes phiếu and may not inspect", async () => {
    actAs(treasurerUserId);
    expect(await createFundEntryAction(entry({ description: "Phiếu của thủ quỹ" }))).toMatchObject({
      ok: true,
    });
    const before = await snapshotAll(w.unitIds);
    expect(
      await addFundInspectionNoteAction({
        periodFrom: "01/01/2026",
        periodTo: "31/03/2026",
        note: "Tự kiểm tra",
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await snapshotAll(w.unitIds)).toEqual(before);
  });
});

describe("dự toán: one source for the fund and welfare", () => {
  it("the welfare dự toán set on the welfare page is the fund's WELFARE budget, and the warning reads it", async () => {
    const cat = await makeWelfareCategory(db, w.unit.id, { name: "Hỉ 2032" });
    as("chair");
    expect(
      await setWelfareBudgetAction({
        year: 2032,
        categoryId: cat.id,
        fund: "UNION_FUND",
        amount: "2.000.000",
      }),
    ).toMatchObject({ ok: true });
    const r = await getFundReport(w.unit.id, 2032, null);
    expect(r.lines.find((l) => l.code === "WELFARE")?.budget).toBe(2_000_000);
    const check = await checkBudget(db, {
      unitId: w.unit.id,
      categoryId: cat.id,
      fund: "UNION_FUND",
      eventOn: day("2032-05-01"),
      amount: 2_500_000,
    });
    expect(check).toMatchObject({ budget: 2_000_000, after: -500_000 });
  });
});

describe("BÁO CÁO THU, CHI quý II", () => {
  it("adds up as worked by hand and as SQL written here", async () => {
    const unit = await makeUnit(db);
    const u = unit.id;
    const e = (date: string, code: string, amount: number, account: "CASH" | "BANK" = "CASH") =>
      makeFundEntry(db, { unitId: u, code, date, amount, account });
    await e("2030-12-31", "OTHER_IN", 1_000_000); // before the year: opening only
    await e("2031-01-10", "AGENCY", 5_000_000); // Q1
    await e("2031-03-05", "ACTIVITIES", 1_200_000, "BANK"); // Q1
    await e("2031-02-01", "UPPER_GRANT", 3_000_000, "BANK"); // Q1
    await e("2031-04-02", "SOCIALIZED", 700_000); // Q2
    await e("2031-06-30", "ACTIVITIES", 2_345_678); // Q2, last day
    await e("2031-07-01", "ADMIN", 999_999); // Q3: outside
    const adm = await e("2031-05-15", "ADMIN", 333_333); // Q2 …
    await db.fundEntry.create({
      // … reversed in Q2
      data: {
        ...adm,
        id: undefined,
        date: day("2031-05-20"),
        amount: -333_333,
        voucherNo: `R-${adm.voucherNo}`,
        reversesId: adm.id,
        createdAt: undefined,
      },
    });
    const c = await makeFundCategories(db, u);
    await db.fundBudget.create({
      data: { unitId: u, year: 2031, categoryId: c.ACTIVITIES, amount: 10_000_000 },
    });

    const r = await getFundReport(u, 2031, 2);
    // By hand. Opening 01/4: cash 1.000.000 + 5.000.000 = 6.000.000; bank 3.000.000 − 1.200.000 = 1.800.000.
    expect(r.opening).toEqual({ CASH: 6_000_000, BANK: 1_800_000, TOTAL: 7_800_000 });
    // Q2: thu 700.000; chi 2.345.678 + 333.333 − 333.333 = 2.345.678.
    expect(r.income.period).toBe(700_000);
    expect(r.spending.period).toBe(2_345_678);
    expect(r.closing).toEqual({
      CASH: 6_000_000 + 700_000 - 2_345_678,
      BANK: 1_800_000,
      TOTAL: 7_800_000 + 700_000 - 2_345_678,
    });
    const act = r.lines.find((l) => l.code === "ACTIVITIES")!;
    expect(act).toMatchObject({ budget: 10_000_000, period: 2_345_678, yearToDate: 1_200_000 + 2_345_678 });
    expect(r.lines.find((l) => l.code === "ADMIN")).toMatchObject({ period: 0, yearToDate: 0, budget: null });

    // The same by SQL written here, per category code.
    const sql = await db.$queryRaw<{ code: string; total: bigint }[]>`
      SELECT c.code, SUM(e.amount)::bigint AS total FROM "FundEntry" e JOIN "FundCategory" c ON c.id = e."categoryId"
      WHERE e."unitId" = ${u} AND e.date BETWEEN '2031-04-01' AND '2031-06-30' GROUP BY c.code`;
    for (const s of sql) expect(r.lines.find((l) => l.code === s.code)?.period, s.code).toBe(Number(s.total));
    const [{ bal }] = await db.$queryRaw<{ bal: bigint }[]>`
      SELECT SUM(CASE WHEN direction = 'IN' THEN amount ELSE -amount END)::bigint AS bal FROM "FundEntry"
      WHERE "unitId" = ${u} AND date <= '2031-06-30'`;
    expect(r.closing.TOTAL).toBe(Number(bal));

    // The cash book of Q2: opening, each entry with its running balance, closing = the report's.
    const book = await getBook(u, "CASH", day("2031-04-01"), day("2031-07-01"));
    expect(book.opening).toBe(6_000_000);
    expect(book.rows.map((x) => x.balance)).toEqual([6_700_000, 6_366_667, 6_700_000, 4_354_322]);
    expect(book.closing).toBe(r.closing.CASH);
  });
});

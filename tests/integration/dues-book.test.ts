// The sổ theo dõi thu đoàn phí against real rows: its totals per tổ, per month, for the unit and the
// cấp trên's share equal the ledger summed in SQL written here (owed worked from the salaries, the
// joining months and the miễn months, at the 0,5 % and 70/30 the test stores itself); the tổ trưởng
// gets their own tổ's sổ and nothing of another's; a receipt is the payer's, in scope.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDuesBook } from "@/lib/finance/dues/book";
import { makeMember } from "../factories/records";
import { callRoute, discoverRoutes, readPdf, readXlsx } from "./helpers/route-matrix-kit";
import { actAs } from "./helpers/session";
import { buildWorld, type World } from "./helpers/world";

let w: World;
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const routes = await discoverRoutes();
const route = (path: string) => routes.find((r) => r.path === path && r.method === "GET")!;

type Fixture = Awaited<ReturnType<typeof setUp>>;
let f: Fixture;

async function setUp() {
  // The rule's settings for 2026, stored here: 0,5 % of the BHXH salary, the CĐCS keeps 70 %.
  await db.setting.createMany({
    data: [
      { unitId: w.unit.id, key: "dues.rate.percent", value: 0.5, effectiveFrom: day("2026-01-01") },
      { unitId: w.unit.id, key: "dues.cdcs.share.percent", value: 70, effectiveFrom: day("2026-01-01") },
    ],
  });
  // Everyone of the world earns 6.000.000 (30.000 a month); then four members of our own.
  await db.member.updateMany({ where: { unitId: w.unit.id }, data: { insuranceSalary: 6_000_000 } });
  const person = async (groupId: string, salary: number, joinedUnionOn = "2015-09-01", fullName?: string) => {
    const m = await makeMember(db, { unitId: w.unit.id, groupId, joinedUnionOn, fullName });
    return db.member.update({ where: { id: m.id }, data: { insuranceSalary: salary } });
  };
  const a1 = await person(w.groupA.id, 8_000_000, "2015-09-01", "Trần Văn Quỳnhaaa");
  const a2 = await person(w.groupA.id, 5_000_000, "2026-04-10"); // owes from April
  const b1 = await person(w.groupB.id, 7_000_000, "2015-09-01", "Lê Thị Xuyếnbbb");
  const b2 = await person(w.groupB.id, 9_000_000);
  await db.duesExemption.create({
    data: {
      unitId: w.unit.id,
      memberId: b1.id,
      fromMonth: day("2026-03-01"),
      toMonth: day("2026-04-01"),
      reason: "UNPAID_LEAVE",
    },
  });
  // An archived (reversed) miễn counts for nothing.
  await db.duesExemption.create({
    data: {
      unitId: w.unit.id,
      memberId: b2.id,
      fromMonth: day("2026-05-01"),
      toMonth: day("2026-05-01"),
      reason: "BHXH_BENEFIT",
      archivedAt: day("2026-06-01"),
    },
  });
  const pay = (memberId: string, groupId: string, month: string, amount: number, reversesId?: string) =>
    db.duesPayment.create({
      data: {
        unitId: w.unit.id,
        memberId,
        groupId,
        month: day(`2026-${month}-01`),
        amount,
        method: "GROUP_CASH",
        paidOn: day(`2026-${month}-10`),
        reversesId,
      },
    });
  for (const m of ["01", "02", "03", "04", "05", "06"]) await pay(a1.id, w.groupA.id, m, 40_000);
  await pay(a2.id, w.groupA.id, "04", 10_000); // short
  const wrong = await pay(b2.id, w.groupB.id, "02", 45_000);
  await pay(b2.id, w.groupB.id, "02", -45_000, wrong.id); // reversed
  for (const m of ["01", "02", "05"]) await pay(b1.id, w.groupB.id, m, 35_000);
  await pay(w.memberIdOf("chair")!, w.groupB.id, "07", 30_000);
  await db.duesRemittance.create({
    data: {
      unitId: w.unit.id,
      fromMonth: day("2026-01-01"),
      toMonth: day("2026-03-01"),
      amount: 50_000,
      paidOn: day("2026-04-15"),
      account: "BANK",
      voucherNo: "UNC-Q1",
    },
  });
  return { a1, a2, b1, b2, wrong };
}

beforeAll(async () => {
  w = await buildWorld();
  f = await setUp();
});

/** What each member owes each month of 2026 and what was paid, worked in SQL from the rows alone. */
async function ledgerInSql() {
  return db.$queryRaw<{ groupId: string; month: string; owed: number; paid: number }[]>`
    WITH months AS (
      SELECT generate_series(DATE '2026-01-01', DATE '2026-12-01', INTERVAL '1 month')::date AS month
    ), cells AS (
      SELECT m.id, m."groupId", mo.month,
        CASE
          WHEN date_trunc('month', m."joinedUnionOn")::date > mo.month THEN 0
          WHEN EXISTS (SELECT 1 FROM "DuesExemption" x WHERE x."memberId" = m.id AND x."archivedAt" IS NULL
                       AND mo.month BETWEEN x."fromMonth" AND x."toMonth") THEN 0
          ELSE (m."insuranceSalary"::bigint * 50 + 5000) / 10000
        END AS owed,
        COALESCE((SELECT SUM(p.amount) FROM "DuesPayment" p WHERE p."memberId" = m.id AND p.month = mo.month), 0)
          AS paid
      FROM "Member" m CROSS JOIN months mo
      WHERE m."unitId" = ${w.unit.id}
    )
    SELECT "groupId", to_char(month, 'YYYY-MM') AS month, SUM(owed)::int AS owed, SUM(paid)::int AS paid
    FROM cells GROUP BY "groupId", month ORDER BY "groupId", month`;
}

describe("the sổ theo dõi thu đoàn phí of 2026", () => {
  it("has only members who joined, earn a salary and never left (what the SQL below assumes)", async () => {
    const [{ ended, nulls }] = await db.$queryRaw<{ ended: number; nulls: number }[]>`
      SELECT
        (SELECT COUNT(*)::int FROM "MemberEvent" e JOIN "Member" m ON m.id = e."memberId"
         WHERE m."unitId" = ${w.unit.id} AND e.type::text <> 'ADMITTED') AS ended,
        (SELECT COUNT(*)::int FROM "Member" WHERE "unitId" = ${w.unit.id} AND "insuranceSalary" IS NULL) AS nulls`;
    expect({ ended, nulls }).toEqual({ ended: 0, nulls: 0 });
  });

  it("totals per tổ and month, the unit's totals and the cấp trên's share equal the ledger in SQL", async () => {
    const book = (await getDuesBook(w.unit.id, 2026, null))!;
    const sql = await ledgerInSql();
    const groups = [...new Set(sql.map((r) => r.groupId))];
    const fromBook = Object.fromEntries(
      book.groups.map((g) => [g.id, { owedByMonth: g.owedByMonth, paidByMonth: g.paidByMonth }]),
    );
    const fromSql = Object.fromEntries(
      groups.map((g) => {
        const rows = sql.filter((r) => r.groupId === g);
        return [g, { owedByMonth: rows.map((r) => r.owed), paidByMonth: rows.map((r) => r.paid) }];
      }),
    );
    expect(fromBook).toEqual(fromSql);
    const byMonth = (k: "owed" | "paid") =>
      Array.from({ length: 12 }, (_, i) =>
        sql.filter((r) => r.month === `2026-${String(i + 1).padStart(2, "0")}`).reduce((s, r) => s + r[k], 0),
      );
    expect(book.owedByMonth).toEqual(byMonth("owed"));
    expect(book.paidByMonth).toEqual(byMonth("paid"));
    expect(book.owed).toBe(sql.reduce((s, r) => s + r.owed, 0));
    expect(book.paid).toBe(sql.reduce((s, r) => s + r.paid, 0));
    // The cấp trên's 30 % of each month's collection, rounded half up in đồng, summed over the year.
    const [{ share, remitted }] = await db.$queryRaw<{ share: number; remitted: number }[]>`
      SELECT
        (SELECT COALESCE(SUM((t.paid * 3000 + 5000) / 10000), 0)::int FROM (
           SELECT SUM(amount)::bigint AS paid FROM "DuesPayment"
           WHERE "unitId" = ${w.unit.id} AND month BETWEEN DATE '2026-01-01' AND DATE '2026-12-01'
           GROUP BY month) t) AS share,
        (SELECT COALESCE(SUM(amount), 0)::int FROM "DuesRemittance"
         WHERE "unitId" = ${w.unit.id} AND "fromMonth" BETWEEN DATE '2026-01-01' AND DATE '2026-12-01') AS remitted`;
    expect(book.upperShare).toBe(share);
    expect(book.remitted).toBe(remitted);
    expect(book.kept).toBe(book.paid - share);
  });

  it("shows each member's months as the treasurer reads them", async () => {
    const book = (await getDuesBook(w.unit.id, 2026, null))!;
    const row = (id: string) => book.groups.flatMap((g) => g.members).find((m) => m.id === id)!;
    // a2 joined 10/04: Jan–Mar not a member, April paid 10.000 of 25.000, then owed and unpaid.
    expect(
      row(f.a2.id)
        .months.slice(0, 5)
        .map((l) => [l.status, l.amount, l.paid]),
    ).toEqual([
      ["not_member", 0, 0],
      ["not_member", 0, 0],
      ["not_member", 0, 0],
      ["owed", 25_000, 10_000],
      ["owed", 25_000, 0],
    ]);
    expect(row(f.a2.id)).toMatchObject({
      salary: 5_000_000,
      monthly: 25_000,
      owed: 9 * 25_000,
      paid: 10_000,
    });
    // b1: March and April miễn.
    expect(
      row(f.b1.id)
        .months.slice(1, 5)
        .map((l) => l.status),
    ).toEqual(["owed", "exempt", "exempt", "owed"]);
    // b2's February: paid then reversed, nothing stands.
    expect(row(f.b2.id).months[1]).toMatchObject({ status: "owed", amount: 45_000, paid: 0 });
  });
});

describe("the tổ trưởng's sổ", () => {
  it("is their own tổ's: its members and subtotals, none of another tổ's", async () => {
    actAs(w.userIdOf("leaderSameGroup"));
    const res = await callRoute(route("/api/finance/dues/book/xlsx"), { query: "?year=2026" });
    expect(res.status).toBe(200);
    const text = await readXlsx(res);
    expect(text).toContain(f.a1.fullName);
    expect(text).toContain(w.groupA.name);
    expect(text).not.toContain(f.b1.fullName);
    expect(text).not.toContain(w.groupB.name);
    const book = (await getDuesBook(w.unit.id, 2026, w.groupA.id))!;
    expect(book.groups.map((g) => g.id)).toEqual([w.groupA.id]);
    expect(book.remittances).toEqual([]);
  });

  it("refuses another tổ's sổ with 404 and shows nothing of it (PDF, Excel, print page's data)", async () => {
    actAs(w.userIdOf("leaderSameGroup"));
    for (const path of ["/api/finance/dues/book/pdf", "/api/finance/dues/book/xlsx"]) {
      const res = await callRoute(route(path), { query: `?year=2026&group=${w.groupB.id}` });
      expect(res.status, path).toBe(404);
      const body = await res.text();
      expect(body).not.toContain(f.b1.fullName);
      expect(body).not.toContain(w.groupB.name);
    }
  });

  it("refuses a member (403) and another unit's chủ tịch asking for this unit's tổ (404)", async () => {
    actAs(w.userIdOf("member"));
    expect((await callRoute(route("/api/finance/dues/book/pdf"), { query: "?year=2026" })).status).toBe(403);
    actAs(w.userIdOf("chairOfOtherUnit"));
    const res = await callRoute(route("/api/finance/dues/book/pdf"), {
      query: `?year=2026&group=${w.groupA.id}`,
    });
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain(f.a1.fullName);
  });

  it("prints the whole unit for the chủ tịch, with the share and what was remitted", async () => {
    actAs(w.userIdOf("chair"));
    const res = await callRoute(route("/api/finance/dues/book/pdf"), { query: "?year=2026" });
    expect(res.status).toBe(200);
    const text = (await readPdf(res)).replace(/\s+/g, " ");
    expect(text).toContain("SỔ THEO DÕI THU ĐOÀN PHÍ CÔNG ĐOÀN");
    expect(text).toContain("Quỳnhaaa");
    expect(text).toContain("Xuyếnbbb");
    expect(text).toContain("UNC-Q1");
  });
});

describe("the receipt of a payment", () => {
  it("is the payer's paper, for the tổ's own tổ trưởng; another tổ's tổ trưởng gets 404", async () => {
    const payment = await db.duesPayment.findFirstOrThrow({
      where: { memberId: f.a1.id, month: day("2026-01-01") },
    });
    actAs(w.userIdOf("leaderSameGroup"));
    const ok = await callRoute(route("/api/finance/dues/receipt/[id]/pdf"), { params: { id: payment.id } });
    expect(ok.status).toBe(200);
    const text = (await readPdf(ok)).replace(/\s+/g, " ");
    expect(text).toContain("PHIẾU THU ĐOÀN PHÍ CÔNG ĐOÀN");
    expect(text).toContain("Quỳnhaaa");
    expect(text).toContain("40.000 đồng");
    expect(text).toContain("tháng 01/2026");
    actAs(w.userIdOf("leaderOtherGroup"));
    const refused = await callRoute(route("/api/finance/dues/receipt/[id]/pdf"), {
      params: { id: payment.id },
    });
    expect(refused.status).toBe(404);
    expect(await refused.text()).not.toContain(f.a1.fullName);
  });
});

describe("undoing a miễn", () => {
  it("archives the row (kept, audited with the reason); the months are owed again; a second undo is refused", async () => {
    const { recordDuesExemptionAction, reverseDuesExemptionAction } =
      await import("@/lib/finance/dues/actions");
    actAs(w.userIdOf("chair"));
    const made = await recordDuesExemptionAction({
      memberId: f.a1.id,
      fromMonth: "09/2026",
      toMonth: "10/2026",
      reason: "BHXH_BENEFIT",
    });
    expect(made).toMatchObject({ ok: true });
    const id = (made as { data: { id: string } }).data.id;
    const exempt = (await getDuesBook(w.unit.id, 2026, w.groupA.id))!;
    const row = () => exempt.groups[0].members.find((m) => m.id === f.a1.id)!;
    expect(
      row()
        .months.slice(8, 10)
        .map((l) => l.status),
    ).toEqual(["exempt", "exempt"]);
    expect(await reverseDuesExemptionAction({ exemptionId: id, reason: "ab" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { reason: "Vui lòng ghi lý do hủy miễn." },
    });
    expect(await reverseDuesExemptionAction({ exemptionId: id, reason: "Ghi nhầm người" })).toMatchObject({
      ok: true,
    });
    const stored = await db.duesExemption.findUniqueOrThrow({ where: { id } });
    expect(stored.archivedAt).not.toBeNull();
    const audit = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["dues.exemption.record", "dues.exemption.reverse"]);
    expect(audit[1].after).toMatchObject({ archived: true, reason: "Ghi nhầm người" });
    const again = (await getDuesBook(w.unit.id, 2026, w.groupA.id))!;
    const a1 = again.groups[0].members.find((m) => m.id === f.a1.id)!;
    expect(a1.months.slice(8, 10).map((l) => [l.status, l.amount])).toEqual([
      ["owed", 40_000],
      ["owed", 40_000],
    ]);
    expect(await reverseDuesExemptionAction({ exemptionId: id, reason: "Lần nữa" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: "Khoản miễn này đã được hủy trước đó.",
    });
  });
});

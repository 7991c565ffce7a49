// The demo's fund (decision 0076): a school paid 100 % from the state budget. Until 31/5/2025 the
// cấp trên returned its KPCĐ share each quarter; from 01/6/2025 (Công văn 4133/TLĐ-ToC, a dated
// setting) the unit collects neither đoàn phí nor KPCĐ, and the fund runs on what the cấp trên
// grants, the school's support and xã hội hóa, while welfare visits draw it down. Those legal dates
// are real dates and never move with the story; everything else is the story's, told as of the
// seeding day, and nothing after today is written.
//
// Đoàn phí (DUES / DUES_REMIT) comes from the dues ledger seeded before (prisma/seed/dues.ts), as
// lib/finance/dues/fund-link.ts would have posted it: each month's payroll list into the bank, each
// tổ's cash hand-over into the cash box, and the cấp trên's share out of the bank. Every paid
// welfare visit becomes its phiếu chi here (the same backfill the migration does for a live unit).
// Vouchers are numbered per year and direction in date order, like recordFundEntry does.
import type { DemoContext } from "./context";
import { duesPlan, type Planned, STATE_FUNDED_STOP, storyPlan } from "./fund-plan";
import { STORY_YEAR } from "./story";
import { DEFAULT_CATEGORIES } from "../../lib/finance/labels";

const FUND_LABEL = { UNION_FUND: "quỹ CĐCS", EMPLOYER: "chuyên môn", SOCIALIZED: "xã hội hóa" } as const;

export async function seedFund(ctx: DemoContext) {
  const { db, unitId, story } = ctx;
  await db.fundCategory.createMany({
    data: DEFAULT_CATEGORIES.map((c) => ({ ...c, unitId })),
    skipDuplicates: true,
  });
  const cats = new Map(
    (await db.fundCategory.findMany({ where: { unitId }, select: { id: true, code: true } })).map((c) => [
      c.code,
      c.id,
    ]),
  );
  await db.setting.create({
    data: {
      unitId,
      key: "finance.kpcd.collected",
      value: "no",
      effectiveFrom: new Date(`${STATE_FUNDED_STOP}T00:00:00.000Z`),
    },
  });
  // The BCH's member for finance (Tổ Văn phòng) keeps the books.
  const treasurer = ctx.byName("Hồ Thị Phượng");
  await db.position.create({
    data: {
      termId: ctx.termId,
      memberId: treasurer.id,
      office: "TREASURER",
      startOn: story.day("2023-10-01"),
    },
  });

  const plan: Planned[] = storyPlan(ctx);
  const stopped = (d: Date) => d >= new Date(`${STATE_FUNDED_STOP}T00:00:00.000Z`);
  const lastYear = STORY_YEAR - 1;

  // Every paid visit is a phiếu chi of WELFARE, numbered with the others; the visit keeps that number.
  const visits = await db.welfareVisit.findMany({
    where: { unitId, state: { in: ["DONE", "CANCELLED"] }, doneAt: { not: null }, amount: { gt: 0 } },
    select: {
      id: true,
      amount: true,
      fund: true,
      visitedOn: true,
      eventOn: true,
      receiptNumber: true,
      state: true,
      cancelledAt: true,
      cancelReason: true,
      member: { select: { fullName: true } },
      category: { select: { name: true } },
    },
  });
  for (const v of visits) {
    plan.push({
      date: v.visitedOn ?? v.eventOn,
      direction: "OUT",
      account: "CASH",
      code: "WELFARE",
      amount: v.amount,
      sourceId: v.id,
      welfareFund: v.fund,
      description: `${v.category.name}: ${v.member.fullName} (${FUND_LABEL[v.fund]})`,
    });
  }

  plan.push(...(await duesPlan(ctx)));

  plan.sort((a, b) => a.date.getTime() - b.date.getTime() || a.direction.localeCompare(b.direction));
  const seq = new Map<string, number>();
  const created = new Map<string, string>();
  for (const p of plan) {
    const year = p.date.getUTCFullYear();
    let voucherNo = p.voucherNo;
    if (!voucherNo) {
      const key = `${year}:${p.direction}`;
      const n = (seq.get(key) ?? 0) + 1;
      seq.set(key, n);
      voucherNo = `${p.direction === "IN" ? "PT" : "PC"}${String(n).padStart(3, "0")}`;
    }
    const row = await db.fundEntry.create({
      data: {
        unitId,
        date: p.date,
        direction: p.direction,
        account: p.account,
        categoryId: cats.get(p.code)!,
        amount: p.amount,
        voucherYear: year,
        voucherNo,
        description: p.description,
        sourceKind: p.sourceKind ?? (p.sourceId ? "welfare_visit" : null),
        sourceId: p.sourceId ?? null,
        welfareFund: p.welfareFund ?? null,
      },
      select: { id: true },
    });
    if (p.sourceId && !p.sourceKind) {
      created.set(p.sourceId, row.id);
      // One numbering of phiếu chi: the visit's receipt is the fund's voucher.
      await db.welfareVisit.update({ where: { id: p.sourceId }, data: { receiptNumber: voucherNo } });
    }
  }
  // A visit paid and then cancelled: its phiếu chi is reversed on the day it was cancelled.
  for (const v of visits.filter((x) => x.state === "CANCELLED" && x.cancelledAt)) {
    const date = new Date(
      Date.UTC(v.cancelledAt!.getUTCFullYear(), v.cancelledAt!.getUTCMonth(), v.cancelledAt!.getUTCDate()),
    );
    const year = date.getUTCFullYear();
    const key = `${year}:OUT`;
    const n = (seq.get(key) ?? 0) + 1;
    seq.set(key, n);
    await db.fundEntry.create({
      data: {
        unitId,
        date,
        direction: "OUT",
        account: "CASH",
        categoryId: cats.get("WELFARE")!,
        amount: -v.amount,
        voucherYear: year,
        voucherNo: `PC${String(n).padStart(3, "0")}`,
        description: `Hủy thăm hỏi (${v.cancelReason ?? ""}): ghi âm phiếu chi của lượt thăm`,
        sourceKind: "welfare_visit",
        sourceId: v.id,
        welfareFund: v.fund,
        reversesId: created.get(v.id),
        reversalReason: v.cancelReason ?? "hủy thăm hỏi",
      },
    });
  }

  // The dự toán of both years for the categories the BCH plans (thăm hỏi: set per welfare category);
  // KPCĐ only for the months before the stop, the cấp trên's grant for the months after it.
  const monthsBeforeStop = (y: number) =>
    [...Array(12).keys()].filter((m) => !stopped(story.day(`${y}-${String(m + 1).padStart(2, "0")}-01`)))
      .length;
  const budget = (y: number): [string, number][] => [
    ["KPCD", 2_100_000 * monthsBeforeStop(y)],
    ["UPPER_GRANT", 1_800_000 * (12 - monthsBeforeStop(y))],
    ["AGENCY", 10_000_000],
    ["SOCIALIZED", 3_000_000],
    ["ACTIVITIES", 16_000_000],
    ["ALLOWANCES", 5_400_000],
    ["ADMIN", 1_500_000],
    ["REWARDS", 3_000_000],
  ];
  await db.fundBudget.createMany({
    data: [lastYear, STORY_YEAR].flatMap((y) =>
      budget(y)
        .filter(([, amount]) => amount > 0)
        .map(([code, amount]) => ({ unitId, year: story.y(y), categoryId: cats.get(code)!, amount })),
    ),
  });
  // The treasurer counted the cash at the end of last year: it matched the book.
  const yearEnd = story.day(`${lastYear}-12-31`);
  const [{ b }] = await db.$queryRaw<{ b: bigint | null }[]>`
    SELECT SUM(CASE WHEN direction = 'IN' THEN amount ELSE -amount END)::bigint AS b
    FROM "FundEntry" WHERE "unitId" = ${unitId} AND account = 'CASH' AND date <= ${yearEnd}`;
  const book = Number(b ?? 0);
  await db.fundReconciliation.create({
    data: {
      unitId,
      account: "CASH",
      date: yearEnd,
      bookBalance: book,
      actualBalance: book,
      difference: 0,
      note: "Kiểm kê quỹ tiền mặt cuối năm: khớp sổ.",
    },
  });
}

// The demo school's đoàn phí. The school is paid 100 % from the state budget, so its story is the real
// one: 1 % of the BHXH salary, deducted from the payroll each month (tổ Toán – Tin paid its tổ trưởng
// in cash instead), until 05/2025, and "không thu" from 01/6/2025 (Công văn 4133/TLĐ-ToC). Those months
// are fixed by law, not by the story: they are always in the past, and a month whose paying day has not
// come by the seeding day is left out. The cấp trên received its 30 % of January–May 2025.
import type { DemoContext } from "./context";
import { duesForMonth, monthsBetween, upperShareOf, type MemberDuesFacts } from "../../lib/finance/dues/rule";
import { termsForMonth, type StoredDuesSettings } from "../../lib/finance/dues/terms";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
/** Hệ số lương of teachers (2,34 … 4,98), times lương cơ sở 2.340.000 ₫. */
const COEFFICIENTS = [2.34, 2.67, 3.0, 3.33, 3.66, 3.99, 4.32, 4.65, 4.98];
const CASH_GROUP = "Tổ Toán – Tin";

export async function seedDues(ctx: DemoContext) {
  const { db, unitId, story } = ctx;
  const stored: StoredDuesSettings = {
    "dues.unit.funding": [{ effectiveFrom: "2000-01-01", value: "state_full", source: "stored" }],
  };
  await db.setting.create({
    data: { unitId, key: "dues.unit.funding", value: "state_full", effectiveFrom: day("2000-01-01") },
  });
  const members = await db.member.findMany({
    where: { unitId },
    orderBy: { cardNumber: "asc" },
    select: {
      id: true,
      groupId: true,
      joinedUnionOn: true,
      events: { select: { type: true, effectiveOn: true } },
    },
  });
  const cashGroup = ctx.groups.find((g) => g.name === CASH_GROUP)?.id;
  const payments: {
    unitId: string;
    memberId: string;
    month: Date;
    amount: number;
    method: "PAYROLL" | "GROUP_CASH";
    paidOn: Date;
    groupId: string;
  }[] = [];
  const standardByMonth = new Map<string, number>();
  for (const [i, m] of members.entries()) {
    // Spread over the scale by card order, without drawing from the shared random sequence (the seeds
    // after this one keep the numbers they had).
    const salary = Math.round(COEFFICIENTS[(i * 7) % COEFFICIENTS.length] * 2_340_000);
    await db.member.update({ where: { id: m.id }, data: { insuranceSalary: salary } });
    const facts: MemberDuesFacts = {
      joinedOn: m.joinedUnionOn?.toISOString().slice(0, 10) ?? null,
      events: m.events.map((e) => ({ type: e.type, on: e.effectiveOn.toISOString().slice(0, 10) })),
      salaries: [{ from: "0000-01-01", bhxh: salary, net: null }],
      exemptMonths: [],
    };
    for (const month of monthsBetween("2025-01", "2025-05")) {
      const due = duesForMonth(termsForMonth(stored, month), facts, month);
      const cash = m.groupId === cashGroup;
      const paidOn = day(`${month}-${cash ? "10" : "25"}`);
      if (due.status !== "owed" || paidOn > story.today) continue;
      // One teacher paid only half of May: the ledger shows what is still owed.
      const amount = month === "2025-05" && i === 7 ? Math.round(due.amount / 2) : due.amount;
      payments.push({
        unitId,
        memberId: m.id,
        month: day(`${month}-01`),
        amount,
        method: cash ? "GROUP_CASH" : "PAYROLL",
        paidOn,
        groupId: m.groupId,
      });
      standardByMonth.set(month, (standardByMonth.get(month) ?? 0) + amount);
    }
  }
  await db.duesPayment.createMany({ data: payments });
  // The tổ's cash, handed to the treasurer at each month's end.
  if (cashGroup)
    for (const month of monthsBetween("2025-01", "2025-05")) {
      const receivedOn = day(`${month}-28`);
      const rows = payments.filter(
        (p) => p.method === "GROUP_CASH" && p.month.getTime() === day(`${month}-01`).getTime(),
      );
      if (!rows.length || receivedOn > story.today) continue;
      const h = await db.duesHandover.create({
        data: { unitId, groupId: cashGroup, receivedOn, amount: rows.reduce((s, r) => s + r.amount, 0) },
      });
      await db.duesPayment.updateMany({
        where: { unitId, groupId: cashGroup, method: "GROUP_CASH", month: day(`${month}-01`) },
        data: { handoverId: h.id },
      });
    }
  const paidOn = day("2025-06-20");
  if (paidOn <= story.today && standardByMonth.size) {
    let amount = 0;
    for (const standard of standardByMonth.values()) amount += upperShareOf(standard, 70);
    await db.duesRemittance.create({
      data: {
        unitId,
        fromMonth: day("2025-01-01"),
        toMonth: day("2025-05-01"),
        amount,
        paidOn,
        account: "BANK",
        voucherNo: "UNC 06/2025",
      },
    });
  }
}

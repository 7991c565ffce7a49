// The demo fund's own story (decision 0076): the opening balances, what the cấp trên grants and the
// agency and xã hội hóa give each year, and the BCH's spending, told as of the seeding day; and the
// đoàn phí the dues ledger holds, as it entered and left the fund. prisma/seed/fund.ts numbers them.
import type { DemoContext } from "./context";
import { STORY_YEAR } from "./story";

/** The legal stop for units paid from the state budget: real, not a story date. */
export const STATE_FUNDED_STOP = "2025-06-01";

export type Planned = {
  date: Date;
  direction: "IN" | "OUT";
  account: "CASH" | "BANK";
  code: string;
  amount: number;
  description: string;
  voucherNo?: string;
  sourceId?: string;
  /** Set for the dues ledger's money; a sourceId without it is a welfare visit. */
  sourceKind?: "dues_collection" | "dues_remittance";
  welfareFund?: "UNION_FUND" | "EMPLOYER" | "SOCIALIZED";
};

/** The entries of the story up to the seeding day (the year before last closes the opening balances). */
export function storyPlan({ story }: DemoContext): Planned[] {
  const plan: Planned[] = [];
  const add = (storyIso: string, p: Omit<Planned, "date">) => {
    if (story.past(storyIso) || storyIso.slice(0, 4) < String(STORY_YEAR))
      plan.push({ ...p, date: story.day(storyIso) });
  };
  const stopped = (d: Date) => d >= new Date(`${STATE_FUNDED_STOP}T00:00:00.000Z`);
  const lastYear = STORY_YEAR - 1;
  add(`${lastYear - 1}-12-31`, {
    direction: "IN",
    account: "CASH",
    code: "OTHER_IN",
    amount: 6_500_000,
    description: "Tiền mặt tồn quỹ năm trước chuyển sang (số dư đầu kỳ khi bắt đầu ghi sổ trên phần mềm)",
  });
  add(`${lastYear - 1}-12-31`, {
    direction: "IN",
    account: "BANK",
    code: "OTHER_IN",
    amount: 12_800_000,
    description: "Số dư tiền gửi năm trước chuyển sang (số dư đầu kỳ khi bắt đầu ghi sổ trên phần mềm)",
  });
  for (const y of [lastYear, STORY_YEAR]) {
    for (const q of [1, 2, 3, 4]) {
      // The cấp trên pays each quarter in the first month of the next one.
      const payIso = q === 4 ? `${y + 1}-01-15` : `${y}-${String(q * 3 + 1).padStart(2, "0")}-15`;
      if (payIso.slice(0, 4) > String(STORY_YEAR)) continue;
      let kpcdMonths = 0;
      let grantMonths = 0;
      for (let m = (q - 1) * 3 + 1; m <= q * 3; m++) {
        if (stopped(story.day(`${y}-${String(m).padStart(2, "0")}-01`))) grantMonths++;
        else kpcdMonths++;
      }
      const label = `quý ${["", "I", "II", "III", "IV"][q]}/${story.y(y)}`;
      if (kpcdMonths)
        add(payIso, {
          direction: "IN",
          account: "BANK",
          code: "KPCD",
          amount: 2_100_000 * kpcdMonths,
          description: `Cấp trên phân phối kinh phí công đoàn ${label}`,
        });
      if (grantMonths)
        add(payIso, {
          direction: "IN",
          account: "BANK",
          code: "UPPER_GRANT",
          amount: 1_800_000 * grantMonths,
          description: `Cấp trên cấp kinh phí hỗ trợ hoạt động ${label}`,
        });
      const end = `${y}-${String(q * 3).padStart(2, "0")}-25`;
      add(end, {
        direction: "OUT",
        account: "BANK",
        code: "ALLOWANCES",
        amount: 1_350_000,
        description: `Phụ cấp cán bộ công đoàn ${label}`,
      });
      add(`${y}-${String(q * 3 - 1).padStart(2, "0")}-12`, {
        direction: "OUT",
        account: "CASH",
        code: "ADMIN",
        amount: 280_000 + q * 15_000,
        description: `Văn phòng phẩm, in ấn ${label}`,
      });
    }
    const Y = story.y(y);
    const yearly: [string, Omit<Planned, "date">][] = [
      [
        "01-10",
        {
          direction: "IN",
          account: "CASH",
          code: "AGENCY",
          amount: 6_000_000,
          description: `Nhà trường hỗ trợ tổ chức Tết cho đoàn viên năm ${Y}`,
        },
      ],
      [
        "01-20",
        {
          direction: "OUT",
          account: "BANK",
          code: "ACTIVITIES",
          amount: 5_400_000,
          description: `Quà Tết cho đoàn viên (54 suất × 100.000 đ)`,
        },
      ],
      [
        "03-05",
        {
          direction: "OUT",
          account: "BANK",
          code: "ACTIVITIES",
          amount: 2_200_000,
          description: `Tổ chức ngày Quốc tế Phụ nữ 8/3/${Y}`,
        },
      ],
      [
        "05-28",
        {
          direction: "IN",
          account: "CASH",
          code: "SOCIALIZED",
          amount: 3_000_000,
          description: `Hội Cha mẹ học sinh ủng hộ quà 1/6/${Y} cho con đoàn viên`,
        },
      ],
      [
        "05-30",
        {
          direction: "OUT",
          account: "BANK",
          code: "ACTIVITIES",
          amount: 2_700_000,
          description: `Quà Quốc tế Thiếu nhi 1/6/${Y} cho con đoàn viên`,
        },
      ],
      [
        "09-20",
        {
          direction: "IN",
          account: "CASH",
          code: "AGENCY",
          amount: 4_000_000,
          description: `Nhà trường hỗ trợ hoạt động ngày Phụ nữ Việt Nam 20/10/${Y}`,
        },
      ],
      [
        "10-18",
        {
          direction: "OUT",
          account: "BANK",
          code: "ACTIVITIES",
          amount: 3_600_000,
          description: `Tổ chức ngày Phụ nữ Việt Nam 20/10/${Y}`,
        },
      ],
      [
        "11-18",
        {
          direction: "OUT",
          account: "BANK",
          code: "ACTIVITIES",
          amount: 1_500_000,
          description: `Hội thi chào mừng ngày Nhà giáo Việt Nam 20/11/${Y}`,
        },
      ],
      [
        "12-22",
        {
          direction: "OUT",
          account: "BANK",
          code: "REWARDS",
          amount: 2_500_000,
          description: `Khen thưởng đoàn viên xuất sắc năm ${Y}`,
        },
      ],
    ];
    for (const [md, p] of yearly) add(`${y}-${md}`, p);
  }
  return plan;
}

export /** The đoàn phí the dues ledger holds, as it entered and left the fund. */
async function duesPlan({ db, unitId }: DemoContext): Promise<Planned[]> {
  const payroll = await db.duesPayment.groupBy({
    by: ["paidOn"],
    where: { unitId, method: "PAYROLL" },
    _sum: { amount: true },
    orderBy: { paidOn: "asc" },
  });
  const handovers = await db.duesHandover.findMany({ where: { unitId }, orderBy: { receivedOn: "asc" } });
  const remittances = await db.duesRemittance.findMany({ where: { unitId }, orderBy: { paidOn: "asc" } });
  const month = (d: Date) => `${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
  return [
    ...payroll
      .filter((p) => (p._sum.amount ?? 0) > 0)
      .map((p) => ({
        date: p.paidOn,
        direction: "IN" as const,
        account: "BANK" as const,
        code: "DUES",
        amount: p._sum.amount!,
        description: `Đoàn phí tháng ${month(p.paidOn)} trích qua bảng lương`,
      })),
    ...handovers.map((h) => ({
      date: h.receivedOn,
      direction: "IN" as const,
      account: "CASH" as const,
      code: "DUES",
      amount: h.amount,
      description: `Đoàn phí tháng ${month(h.receivedOn)} do tổ trưởng nộp`,
      sourceId: h.id,
      sourceKind: "dues_collection" as const,
    })),
    ...remittances.map((r) => ({
      date: r.paidOn,
      direction: "OUT" as const,
      account: (r.account === "CASH" ? "CASH" : "BANK") as "CASH" | "BANK",
      code: "DUES_REMIT",
      amount: Number(r.amount),
      description: `Nộp đoàn phí về công đoàn cấp trên (${month(r.fromMonth)} – ${month(r.toMonth)})`,
      sourceId: r.id,
      sourceKind: "dues_remittance" as const,
    })),
  ];
}

// The đoàn phí sentence of the tổng kết of a school paid 100 % from the state budget, which stops
// collecting đoàn phí on 01/06/2025 (Công văn 4133/TLĐ-ToC, the built-in default of
// dues.stateFunded.collect). The school keeps the năm học (01/09–31/08): năm học 2025–2026 has no month
// collected, and năm học 2024–2025 collects September to May and not June to August. Every figure is
// worked out by hand below, from the settings, salaries and payments set here.
import { beforeAll, describe, expect, it } from "vitest";
import { getActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { loadAnnualPaper } from "@/lib/reports/annual/queries";
import { reportText } from "./helpers/report-text";
import { actAs } from "./helpers/session";
import { buildWorld, type World } from "./helpers/world";

let w: World;
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const REASON = "đơn vị hưởng 100 % lương từ ngân sách nhà nước (Công văn 4133/TLĐ-ToC)";

async function duesSentence(year: number) {
  actAs(w.people.chair.user.id);
  const actor = (await getActor())!;
  const text = reportText((await loadAnnualPaper(actor, year)).doc);
  // The paragraph right under the heading of part VI.
  const lines = text.split("\n");
  return lines[lines.indexOf("VI. ĐOÀN PHÍ VÀ TÀI CHÍNH CÔNG ĐOÀN") + 1];
}

beforeAll(async () => {
  w = await buildWorld();
  const unitId = w.unit.id;
  const from = day("2020-09-01");
  // A public school on the state pay scale: 1 % of the BHXH salary, no cap, the CĐCS keeps 70 %.
  await db.setting.createMany({
    data: [
      ["cycle.kind", "school"],
      ["unit.type", "hcsn"],
      ["dues.unit.funding", "state_full"],
      ["dues.rate.percent", 1],
      ["dues.cdcs.share.percent", 70],
      ["dues.bch.rate.percent", 0],
    ].map(([key, value]) => ({ unitId, key: key as string, value, effectiveFrom: from })),
  });
  // The world's seven members (joined in 2015) earn 5.000.000: 50.000 a month while it collects.
  await db.member.updateMany({ where: { unitId }, data: { insuranceSalary: 5_000_000 } });
  const members = await db.member.findMany({ where: { unitId }, select: { id: true, groupId: true } });
  // Each pays September to December 2024.
  await db.duesPayment.createMany({
    data: members.flatMap((m) =>
      ["2024-09", "2024-10", "2024-11", "2024-12"].map((month) => ({
        unitId,
        memberId: m.id,
        groupId: m.groupId,
        month: day(`${month}-01`),
        amount: 50_000,
        method: "PAYROLL" as const,
        paidOn: day(`${month}-25`),
      })),
    ),
  });
  await db.duesRemittance.createMany({
    data: [
      // The cấp trên's 30 % of September–December 2024, paid in năm học 2024–2025…
      {
        unitId,
        fromMonth: day("2024-09-01"),
        toMonth: day("2024-12-01"),
        amount: 420_000,
        paidOn: day("2025-01-15"),
        account: "BANK",
      },
      // …and a late one for January–May 2025, paid in năm học 2025–2026.
      {
        unitId,
        fromMonth: day("2025-01-01"),
        toMonth: day("2025-05-01"),
        amount: 100_000,
        paidOn: day("2025-09-10"),
        account: "BANK",
      },
    ],
  });
}, 120_000);

describe("the đoàn phí sentence of a state-funded school's tổng kết", () => {
  it("năm học 2025–2026, wholly after 01/06/2025: it does not collect, and says so (not 'phải thu 0 ₫')", async () => {
    expect(await duesSentence(2025)).toBe(
      `Không thu đoàn phí (từ 01/06/2025): ${REASON}. Trong năm đã nộp cấp trên 100.000 ₫.`,
    );
  });

  it("năm học 2024–2025 straddles the date: the figures of September–May, then the stop", async () => {
    // The premise: the world's seven members, nobody else.
    expect(await db.member.count({ where: { unitId: w.unit.id } })).toBe(7);
    // Months collected: 09/2024–05/2025, nine. Phải thu 7 × 9 × 50.000 = 3.150.000.
    // Đã thu 7 × 4 × 50.000 = 1.400.000; 1.400.000 / 3.150.000 = 44,44… %.
    // Phần nộp cấp trên 30 % = 420.000; giữ lại 1.400.000 − 420.000 = 980.000.
    // Đã nộp trong năm: the 420.000 of 15/01/2025 (the one of 10/09/2025 is next năm học's).
    expect(await duesSentence(2024)).toBe(
      "Đoàn phí tháng 09/2024–05/2025: phải thu 3.150.000 ₫, đã thu 1.400.000 ₫ (44,4 %); phần nộp cấp trên 420.000 ₫, đã nộp trong năm 420.000 ₫; công đoàn cơ sở giữ lại 980.000 ₫. " +
        `Không thu đoàn phí (từ 01/06/2025): ${REASON}.`,
    );
  });

  it("năm học 2023–2024, before the date, keeps the usual sentence", async () => {
    // Nothing paid for 09/2023–08/2024; phải thu 7 × 12 × 50.000 = 4.200.000. Lương cơ sở does
    // not enter an hcsn member's đoàn phí.
    expect(await duesSentence(2023)).toBe(
      "Đoàn phí phải thu 4.200.000 ₫, đã thu 0 ₫ (0 %); phần nộp cấp trên 0 ₫, đã nộp trong năm 0 ₫; công đoàn cơ sở giữ lại 0 ₫.",
    );
  });
});

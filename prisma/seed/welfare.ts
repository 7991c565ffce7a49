// The demo unit's welfare: the quy chế (2025, revised from 01/07/2026), the 2026 dự toán, 27 visits
// in 2026 worth 9.850.000 ₫ (plus one cancelled), one override, one Mái ấm nomination.
import type { DemoContext, DemoMember } from "./context";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
type Kind = "PAYMENT" | "GIFT" | "NOMINATION";
// name, kind, relative?, v2025 [default, maxPerTime, maxTimes, maxPerYear], v2026-07 (if changed)
type Rate = [number, number | null, number | null, number | null];
const CATEGORIES: [string, Kind, boolean, Rate | null, Rate?][] = [
  ["Ốm đau, nằm viện", "PAYMENT", false, [300_000, 1_000_000, 2, null]],
  ["Bệnh hiểm nghèo", "PAYMENT", false, [1_000_000, null, null, 3_000_000]],
  ["Thai sản", "PAYMENT", false, [500_000, 500_000, 2, null]],
  ["Hiếu (đoàn viên qua đời)", "PAYMENT", false, [6_000_000, 6_000_000, 1, null]],
  ["Hiếu (thân nhân)", "PAYMENT", true, [500_000, 3_000_000, null, null]],
  ["Hỉ (kết hôn)", "PAYMENT", false, [500_000, 1_000_000, 1, null], [700_000, 1_000_000, 1, null]],
  ["Tai nạn (kể cả tai nạn lao động)", "PAYMENT", false, [300_000, 1_000_000, null, null]],
  ["Khó khăn đột xuất (thiên tai, hỏa hoạn)", "PAYMENT", false, [500_000, 3_000_000, null, null]],
  ["Hoàn cảnh khó khăn thường xuyên", "PAYMENT", false, [500_000, 1_000_000, 2, null]],
  ["Quà lễ Tết", "GIFT", false, [200_000, 500_000, 1, null], [300_000, 500_000, 1, null]],
  ["Quà 8-3, 20-10", "GIFT", false, [100_000, 200_000, 2, null]],
  ["Quà 1-6 cho con đoàn viên", "GIFT", true, [100_000, 200_000, null, null]],
  ["Khen thưởng con đoàn viên học giỏi", "GIFT", true, [200_000, 500_000, null, null]],
  ["Mái ấm Công đoàn", "NOMINATION", false, null],
];

// [event, category index, member key, amount, state, fund?, relative?]
type V = [string, number, string, number, "PROPOSED" | "APPROVED" | "DONE" | "CANCELLED", ("UNION_FUND" | "EMPLOYER" | "SOCIALIZED")?, [string, string]?];
const VISITS: V[] = [
  ["2026-01-12", 0, "tuan", 500_000, "DONE"],
  ["2026-01-25", 8, "nv1", 500_000, "DONE"],
  ["2026-01-25", 8, "vp1", 500_000, "DONE", "SOCIALIZED"],
  ["2026-02-10", 4, "nv2", 500_000, "DONE", "UNION_FUND", ["Nguyễn Văn Bảy", "Bố đẻ"]],
  ["2026-03-02", 2, "tt1", 500_000, "DONE"],
  ["2026-03-08", 0, "nn1", 300_000, "DONE"],
  ["2026-03-20", 0, "kh1", 300_000, "DONE"],
  ["2026-04-05", 5, "tt2", 500_000, "DONE"],
  ["2026-04-10", 0, "nv3", 500_000, "CANCELLED"],
  ["2026-04-18", 6, "vp2", 500_000, "DONE"],
  ["2026-05-03", 0, "nv3", 300_000, "DONE"],
  ["2026-05-20", 4, "mai", 500_000, "DONE", "UNION_FUND", ["Trương Thị Lựu", "Mẹ đẻ"]],
  ["2026-06-01", 12, "nn2", 200_000, "DONE", "EMPLOYER", ["Đỗ Minh Khang", "Con"]],
  ["2026-06-01", 12, "tt3", 200_000, "DONE", "EMPLOYER", ["Lê Gia Hân", "Con"]],
  ["2026-06-15", 0, "kh1", 300_000, "DONE"],
  ["2026-07-10", 0, "kh1", 300_000, "DONE"], // the third time this year: the override
  ["2026-08-05", 0, "vp1", 300_000, "DONE"],
  ["2026-08-20", 5, "nn1", 500_000, "DONE"],
  ["2026-09-05", 0, "tt4", 300_000, "DONE"],
  ["2026-09-22", 6, "nv1", 300_000, "DONE"],
  ["2026-10-02", 4, "kh2", 500_000, "DONE", "UNION_FUND", ["Phan Văn Tư", "Bố vợ"]],
  ["2026-10-15", 0, "tuan", 250_000, "DONE"],
  ["2026-10-20", 10, "vp2", 100_000, "DONE"],
  ["2026-10-28", 7, "vp3", 200_000, "DONE", "SOCIALIZED"],
  ["2026-11-05", 0, "nn2", 200_000, "APPROVED"],
  ["2026-11-10", 0, "tt2", 150_000, "PROPOSED"],
  ["2026-11-12", 1, "kh2", 1_000_000, "APPROVED"],
  ["2026-11-14", 0, "tt3", 150_000, "PROPOSED"],
  ["2025-12-31", 0, "tuan", 300_000, "DONE"],
  ["2025-11-20", 0, "vp1", 300_000, "DONE"],
];
const TOTAL_2026 = 9_850_000;
const BCH = ["Trần Thị Thu Hà", "Hoàng Văn Nam", "Võ Thị Ngọc Ánh", "Huỳnh Đức Thắng", "Hồ Thị Phượng"];

export async function seedWelfare(ctx: DemoContext) {
  const { db, unitId } = ctx;
  const sum = VISITS.filter((v) => v[0].startsWith("2026") && v[4] !== "CANCELLED").reduce((s, v) => s + v[3], 0);
  const count = VISITS.filter((v) => v[0].startsWith("2026") && v[4] !== "CANCELLED").length;
  if (sum !== TOTAL_2026 || count !== 27) throw new Error(`Demo welfare: ${count} lượt, ${sum} đ`);

  const cats = await db.welfareCategory.createManyAndReturn({
    data: CATEGORIES.map(([name, kind, relativeApplies], i) => ({ unitId, name, kind, relativeApplies, sortOrder: (i + 1) * 10 })),
  });
  const catId = (i: number) => cats.find((c) => c.name === CATEGORIES[i][0])!.id;
  const lines = (pick: (c: (typeof CATEGORIES)[number]) => Rate | null | undefined) =>
    CATEGORIES.flatMap((c, i) => {
      const r = pick(c);
      return r ? [{ categoryId: catId(i), defaultAmount: r[0], maxPerTime: r[1], maxTimesPerYear: r[2], maxAmountPerYear: r[3] }] : [];
    });
  await db.welfareRateVersion.create({
    data: { unitId, effectiveFrom: day("2025-01-01"), adoptedOn: day("2024-12-20"), reference: "Quy chế chi tiêu nội bộ số 02/QC-CĐCS", lines: { createMany: { data: lines((c) => c[3]) } } },
  });
  await db.welfareRateVersion.create({
    data: { unitId, effectiveFrom: day("2026-07-01"), adoptedOn: day("2026-06-25"), reference: "Quy chế chi tiêu nội bộ số 05/QC-CĐCS (sửa đổi)", lines: { createMany: { data: lines((c) => c[4] ?? c[3]) } } },
  });
  const budget: [number, "UNION_FUND" | "EMPLOYER" | "SOCIALIZED", number][] = [
    [0, "UNION_FUND", 3_500_000], [1, "UNION_FUND", 2_000_000], [2, "UNION_FUND", 1_000_000], [4, "UNION_FUND", 2_000_000], [5, "UNION_FUND", 1_000_000],
    [6, "UNION_FUND", 1_000_000], [7, "SOCIALIZED", 1_000_000], [8, "UNION_FUND", 1_500_000], [8, "SOCIALIZED", 1_000_000], [10, "UNION_FUND", 500_000], [12, "EMPLOYER", 1_000_000],
  ];
  await db.welfareBudget.createMany({ data: budget.map(([i, fund, amount]) => ({ unitId, year: 2026, categoryId: catId(i), fund, amount })) });

  const people = pickPeople(ctx);
  const chairUser = ctx.userIdOf("chutich@demo.vn");
  const bchIds = BCH.map((n) => ctx.byName(n).id);
  const visits = await db.welfareVisit.createManyAndReturn({
    data: VISITS.map(([on, ci, key, amount, state, fund, relative], i) => {
      const eventOn = day(on);
      const visitedOn = state === "DONE" || state === "CANCELLED" ? new Date(eventOn.getTime() + 86_400_000 * (1 + (i % 3))) : null;
      const override = on === "2026-07-10" ? { overrideReason: "Điều trị dài ngày sau phẫu thuật, hoàn cảnh gia đình khó khăn", overrideDecisionRef: "Biên bản họp BCH số 07/BB-CĐCS ngày 08/7/2026" } : {};
      return {
        unitId, memberId: people[key].id, categoryId: catId(ci), eventOn, visitedOn, amount, state, fund: fund ?? "UNION_FUND",
        relativeName: relative?.[0], relationship: relative?.[1], receiptNumber: state === "DONE" ? `PC-${on.slice(0, 4)}/${String(i + 1).padStart(3, "0")}` : null,
        giftInKind: ci === 0 ? "Sữa, trái cây" : null, proposedById: chairUser,
        approvedById: state !== "PROPOSED" ? chairUser : null, approvedAt: state !== "PROPOSED" ? eventOn : null,
        doneById: state === "DONE" ? chairUser : null, doneAt: state === "DONE" ? visitedOn : null,
        cancelReason: state === "CANCELLED" ? "Nhập trùng với lượt thăm ngày 03/5/2026" : null, cancelledAt: state === "CANCELLED" ? day("2026-05-04") : null, cancelledById: state === "CANCELLED" ? chairUser : null,
        ...override,
      };
    }),
  });
  await db.welfareVisitor.createMany({ data: visits.flatMap((v, i) => [bchIds[i % bchIds.length], bchIds[(i + 2) % bchIds.length]].map((memberId) => ({ visitId: v.id, memberId }))) });
  await db.auditLog.createMany({
    data: visits.flatMap((v) => [
      { actorUserId: chairUser, action: "welfare.visit.create", entityType: "WelfareVisit", entityId: v.id, at: v.eventOn, after: { amount: v.amount, state: "PROPOSED" } },
      ...(v.overrideReason ? [{ actorUserId: chairUser, action: "welfare.visit.override", entityType: "WelfareVisit", entityId: v.id, at: v.eventOn, after: { overrideReason: v.overrideReason, overrideDecisionRef: v.overrideDecisionRef } }] : []),
      ...(v.approvedAt ? [{ actorUserId: chairUser, action: "welfare.visit.approved", entityType: "WelfareVisit", entityId: v.id, at: v.approvedAt, after: { state: "APPROVED" } }] : []),
      ...(v.doneAt ? [{ actorUserId: chairUser, action: "welfare.visit.done", entityType: "WelfareVisit", entityId: v.id, at: v.doneAt, after: { state: "DONE", receiptNumber: v.receiptNumber } }] : []),
      ...(v.state === "CANCELLED" ? [{ actorUserId: chairUser, action: "welfare.visit.cancelled", entityType: "WelfareVisit", entityId: v.id, at: v.cancelledAt!, after: { state: "CANCELLED", reason: v.cancelReason } }] : []),
    ]),
  });
  await db.welfareNomination.create({
    data: {
      unitId, memberId: people.vp3.id, categoryId: catId(13), proposedOn: day("2026-10-20"), state: "SENT_UP", decisionRef: "Tờ trình số 15/TTr-CĐCS ngày 20/10/2026",
      situation: "Nhà cấp 4 xuống cấp nặng sau bão, chồng mất sớm, một mình nuôi hai con nhỏ.",
    },
  });
}

/** Named people, and others picked by tổ: tt = Toán – Tin, nv = Ngữ văn, nn = Ngoại ngữ, kh = KHTN, vp = Văn phòng. */
function pickPeople(ctx: DemoContext): Record<string, DemoMember> {
  const named = new Set(["Trần Thị Thu Hà", "Nguyễn Văn Hùng", "Lê Thị Mai", "Phạm Minh Tuấn", ...BCH]);
  const out: Record<string, DemoMember> = { tuan: ctx.byName("Phạm Minh Tuấn"), mai: ctx.byName("Lê Thị Mai") };
  const prefixes = ["tt", "nv", "nn", "kh", "vp"];
  ctx.groups.forEach((g, gi) => {
    const inGroup = ctx.members.filter((m) => m.groupId === g.id && m.active && !named.has(m.fullName));
    // Plain members first; the tổ's other named people (tổ phó, UBKT…) when the tổ is small.
    const plain = [...inGroup.filter((m) => !/^(Vũ Minh Trung|Trần Thị Oanh|Lê Văn Phúc|Đặng Thị Hương|Bùi Ngọc Lan|Nguyễn Thị Thanh Nhung|Đỗ Quang Huy|Ngô Thị Thảo|Phan Thị Kim Yến|Dương Văn Long|Lý Thị Hằng)$/.test(m.fullName)), ...inGroup];
    [...new Set(plain)].slice(0, 4).forEach((m, i) => (out[`${prefixes[gi]}${i + 1}`] = m));
  });
  return out;
}

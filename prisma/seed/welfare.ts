// The demo unit's welfare as of the seeding day (prisma/seed/story.ts): the quy chế (from 01/01 last
// year, revised from 01/07 last year), the dự toán of last year and this year, the visits
// (welfare-visits.ts: last year's 27 worth 9.850.000 ₫, this year's up to today), one override a
// year, one Mái ấm nomination.
import type { DemoContext, DemoMember } from "./context";
import { STORY_YEAR } from "./story";
import { textDate } from "./story-days";
import { CANCELLED_ON, placeVisits, type Fund } from "./welfare-visits";
import { DEFAULT_CATEGORIES } from "../../lib/finance/labels";
type Kind = "PAYMENT" | "GIFT" | "NOMINATION";
// name, kind, relative?, first version [default, maxPerTime, maxTimes, maxPerYear], the revision (if changed)
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

const BCH = ["Trần Thị Thu Hà", "Hoàng Văn Nam", "Võ Thị Ngọc Ánh", "Huỳnh Đức Thắng", "Hồ Thị Phượng"];
const BUDGET: [number, Fund, number][] = [
  [0, "UNION_FUND", 3_500_000],
  [1, "UNION_FUND", 2_000_000],
  [2, "UNION_FUND", 1_000_000],
  [4, "UNION_FUND", 2_000_000],
  [5, "UNION_FUND", 1_000_000],
  [6, "UNION_FUND", 1_000_000],
  [7, "SOCIALIZED", 1_000_000],
  [8, "UNION_FUND", 1_500_000],
  [8, "SOCIALIZED", 1_000_000],
  [10, "UNION_FUND", 500_000],
  [12, "EMPLOYER", 1_000_000],
];

export async function seedWelfare(ctx: DemoContext) {
  const { db, unitId, story } = ctx;
  const [lastYear, thisYear] = [STORY_YEAR - 1, STORY_YEAR];
  const placed = placeVisits(story, lastYear, thisYear);

  const cats = await db.welfareCategory.createManyAndReturn({
    data: CATEGORIES.map(([name, kind, relativeApplies], i) => ({
      unitId,
      name,
      kind,
      relativeApplies,
      sortOrder: (i + 1) * 10,
    })),
  });
  const catId = (i: number) => cats.find((c) => c.name === CATEGORIES[i][0])!.id;
  const lines = (pick: (c: (typeof CATEGORIES)[number]) => Rate | null | undefined) =>
    CATEGORIES.flatMap((c, i) => {
      const r = pick(c);
      return r
        ? [
            {
              categoryId: catId(i),
              defaultAmount: r[0],
              maxPerTime: r[1],
              maxTimesPerYear: r[2],
              maxAmountPerYear: r[3],
            },
          ]
        : [];
    });
  // The quy chế from 1 January last year, revised from 1 July last year: both adopted in the past.
  await db.welfareRateVersion.create({
    data: {
      unitId,
      effectiveFrom: story.day(`${lastYear}-01-01`),
      adoptedOn: story.day(`${lastYear - 1}-12-20`),
      reference: "Quy chế chi tiêu nội bộ số 02/QC-CĐCS",
      lines: { createMany: { data: lines((c) => c[3]) } },
    },
  });
  await db.welfareRateVersion.create({
    data: {
      unitId,
      effectiveFrom: story.day(`${lastYear}-07-01`),
      adoptedOn: story.day(`${lastYear}-06-25`),
      reference: "Quy chế chi tiêu nội bộ số 05/QC-CĐCS (sửa đổi)",
      lines: { createMany: { data: lines((c) => c[4] ?? c[3]) } },
    },
  });
  // The welfare dự toán lives in the fund's budget, category WELFARE (decision 0076).
  await db.fundCategory.createMany({
    data: DEFAULT_CATEGORIES.map((c) => ({ ...c, unitId })),
    skipDuplicates: true,
  });
  const welfareFundCategory = await db.fundCategory.findUniqueOrThrow({
    where: { unitId_code: { unitId, code: "WELFARE" } },
  });
  await db.fundBudget.createMany({
    data: [lastYear, thisYear].flatMap((y) =>
      BUDGET.map(([i, fund, amount]) => ({
        unitId,
        year: story.y(y),
        categoryId: welfareFundCategory.id,
        lineKey: `${catId(i)}:${fund}`,
        welfareCategoryId: catId(i),
        welfareFund: fund,
        amount,
      })),
    ),
  });

  const people = pickPeople(ctx);
  const chairUser = ctx.userIdOf("chutich@demo.vn");
  const bchIds = BCH.map((n) => ctx.byName(n).id);
  const receipts = new Map<number, number>();
  const overrideRef = async (y: number) => {
    // The BCH's July meeting of that year decided the third visit.
    const m = await db.meeting.findFirst({
      where: { unitId, year: story.y(y), title: { startsWith: "Họp BCH thường kỳ tháng 07" } },
      select: { number: true, startsAt: true },
    });
    return m
      ? `Biên bản họp BCH số ${String(m.number).padStart(2, "0")}/BB-CĐCS ngày ${textDate(new Date(m.startsAt.getTime() + 7 * 3600_000))}`
      : "Biên bản họp BCH tháng 7";
  };
  const data = [];
  for (const [i, v] of placed.entries()) {
    const eventOn = story.day(v.on);
    const year = eventOn.getUTCFullYear();
    const y = Number(v.on.slice(0, 4));
    const paid = v.state === "DONE" || v.state === "CANCELLED";
    const visitedOn = paid
      ? new Date(Math.min(eventOn.getTime() + 86_400_000 * (1 + (i % 3)), story.today.getTime()))
      : null;
    const receipt = v.state === "DONE" ? (receipts.get(year) ?? 0) + 1 : 0;
    if (receipt) receipts.set(year, receipt);
    const cancelledAt = v.state === "CANCELLED" ? story.day(`${y}-${CANCELLED_ON}`) : null;
    const override = v.override
      ? {
          overrideReason: "Điều trị dài ngày sau phẫu thuật, hoàn cảnh gia đình khó khăn",
          overrideDecisionRef: await overrideRef(y),
        }
      : {};
    data.push({
      unitId,
      memberId: people[v.key].id,
      categoryId: catId(v.category),
      eventOn,
      visitedOn,
      amount: v.amount,
      state: v.state,
      fund: v.fund,
      relativeName: v.relative?.[0],
      relationship: v.relative?.[1],
      receiptNumber: receipt ? `PC-${year}/${String(receipt).padStart(3, "0")}` : null,
      giftInKind: v.category === 0 ? "Sữa, trái cây" : null,
      proposedById: chairUser,
      approvedById: v.state !== "PROPOSED" ? chairUser : null,
      approvedAt: v.state !== "PROPOSED" ? eventOn : null,
      doneById: v.state === "DONE" ? chairUser : null,
      doneAt: v.state === "DONE" ? visitedOn : null,
      cancelReason: cancelledAt ? `Nhập trùng với lượt thăm ngày ${textDate(story.day(`${y}-05-03`))}` : null,
      cancelledAt,
      cancelledById: cancelledAt ? chairUser : null,
      ...override,
    });
  }
  const visits = await db.welfareVisit.createManyAndReturn({ data });
  await db.welfareVisitor.createMany({
    data: visits.flatMap((v, i) =>
      [bchIds[i % bchIds.length], bchIds[(i + 2) % bchIds.length]].map((memberId) => ({
        visitId: v.id,
        memberId,
      })),
    ),
  });
  await db.auditLog.createMany({
    data: visits.flatMap((v) => [
      {
        actorUserId: chairUser,
        action: "welfare.visit.create",
        entityType: "WelfareVisit",
        entityId: v.id,
        at: v.eventOn,
        after: { amount: v.amount, state: "PROPOSED" },
      },
      ...(v.overrideReason
        ? [
            {
              actorUserId: chairUser,
              action: "welfare.visit.override",
              entityType: "WelfareVisit",
              entityId: v.id,
              at: v.eventOn,
              after: { overrideReason: v.overrideReason, overrideDecisionRef: v.overrideDecisionRef },
            },
          ]
        : []),
      ...(v.approvedAt
        ? [
            {
              actorUserId: chairUser,
              action: "welfare.visit.approved",
              entityType: "WelfareVisit",
              entityId: v.id,
              at: v.approvedAt,
              after: { state: "APPROVED" },
            },
          ]
        : []),
      ...(v.doneAt
        ? [
            {
              actorUserId: chairUser,
              action: "welfare.visit.done",
              entityType: "WelfareVisit",
              entityId: v.id,
              at: v.doneAt,
              after: { state: "DONE", receiptNumber: v.receiptNumber },
            },
          ]
        : []),
      ...(v.state === "CANCELLED"
        ? [
            {
              actorUserId: chairUser,
              action: "welfare.visit.cancelled",
              entityType: "WelfareVisit",
              entityId: v.id,
              at: v.cancelledAt!,
              after: { state: "CANCELLED", reason: v.cancelReason },
            },
          ]
        : []),
    ]),
  });
  // The Mái ấm nomination of 20/10: this year's once the day has come (sent up), else last year's (accepted).
  const sent = story.past(`${thisYear}-10-20`);
  const proposedOn = story.day(`${sent ? thisYear : lastYear}-10-20`);
  await db.welfareNomination.create({
    data: {
      unitId,
      memberId: people.vp3.id,
      categoryId: catId(13),
      proposedOn,
      state: sent ? "SENT_UP" : "ACCEPTED",
      decisionRef: `Tờ trình số 15/TTr-CĐCS ngày ${textDate(proposedOn)}`,
      situation: "Nhà cấp 4 xuống cấp nặng sau bão, chồng mất sớm, một mình nuôi hai con nhỏ.",
      note: sent ? null : "Công đoàn Giáo dục tỉnh đồng ý hỗ trợ xây nhà Mái ấm Công đoàn.",
    },
  });
}

/** Named people, and others picked by tổ: tt = Toán – Tin, nv = Ngữ văn, nn = Ngoại ngữ, kh = KHTN, vp = Văn phòng. */
function pickPeople(ctx: DemoContext): Record<string, DemoMember> {
  const named = new Set(["Trần Thị Thu Hà", "Nguyễn Văn Hùng", "Lê Thị Mai", "Phạm Minh Tuấn", ...BCH]);
  const out: Record<string, DemoMember> = {
    tuan: ctx.byName("Phạm Minh Tuấn"),
    mai: ctx.byName("Lê Thị Mai"),
  };
  const prefixes = ["tt", "nv", "nn", "kh", "vp"];
  ctx.groups.forEach((g, gi) => {
    const inGroup = ctx.members.filter((m) => m.groupId === g.id && m.active && !named.has(m.fullName));
    // Plain members first; the tổ's other named people (tổ phó, UBKT…) when the tổ is small.
    const plain = [
      ...inGroup.filter(
        (m) =>
          !/^(Vũ Minh Trung|Trần Thị Oanh|Lê Văn Phúc|Đặng Thị Hương|Bùi Ngọc Lan|Nguyễn Thị Thanh Nhung|Đỗ Quang Huy|Ngô Thị Thảo|Phan Thị Kim Yến|Dương Văn Long|Lý Thị Hằng)$/.test(
            m.fullName,
          ),
      ),
      ...inGroup,
    ];
    [...new Set(plain)].slice(0, 4).forEach((m, i) => (out[`${prefixes[gi]}${i + 1}`] = m));
  });
  return out;
}

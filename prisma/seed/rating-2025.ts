// 2025, fully rated and published: the five tổ reviewed their members at their bình xét meetings
// (signed minutes), the BCH decided on 05/12/2025 (Nghị quyết số 12/NQ-CĐCS) within the 20 %
// quota with one justified exception, finalised and published; titles awarded; tổ and CĐCS rated.
// A teacher who transferred in on 14/04/2025 is not rated (under 10 months), nor one disciplined.
import { randomUUID } from "node:crypto";
import type { DemoContext, DemoMember } from "./context";
import { awardTitles2025, seedCollectives2025 } from "./rating-collective";
import { LEVELS, type RatingKit } from "./rating-kit";
import { createRatingMeetings } from "./rating-meetings";
import { levelFor, DEFAULT_LEVELS } from "../../lib/emulation/levels";
import { allowedTop } from "../../lib/rating/quota";

const [XS, TOT] = LEVELS;

export async function seedRating2025(ctx: DemoContext, kit: RatingKit) {
  const { db, unitId, yearStory: story } = ctx;
  const { at, day } = kit;
  const DECIDED = at("2025-10-05T10:30");
  const ey = await db.emulationYear.findFirstOrThrow({
    where: { unitId, year: story.y(2025) },
    select: { id: true },
  });
  const special = kit.plain.slice(-6);
  const newcomer = special[5];
  const transferee = kit.plain.find(
    (m) => ctx.groups.find((g) => g.id === m.groupId)?.name === "Tổ Ngoại ngữ" && m.active,
  )!;
  const disciplined = kit.plain.find(
    (m) =>
      ctx.groups.find((g) => g.id === m.groupId)?.name === "Tổ Khoa học tự nhiên" &&
      m.active &&
      !special.includes(m),
  )!;
  await transferIn(ctx, transferee);
  const discipline = story.text(
    "Khiển trách theo Quyết định số 08/QĐ-THPTLQĐ ngày 12/01/2026 (vi phạm quy chế coi thi)",
  );

  // Who was in which tổ on 31/12/2025 (one teacher has moved tổ since).
  const people = ctx.members.filter((m) => m.active && m.id !== newcomer.id);
  const spans = await db.groupMembership.findMany({
    where: {
      memberId: { in: people.map((m) => m.id) },
      startOn: { lte: day("2025-12-31") },
      OR: [{ endOn: null }, { endOn: { gt: day("2025-12-31") } }],
    },
    select: { memberId: true, groupId: true },
  });
  const groupOf = new Map(spans.map((s) => [s.memberId, s.groupId]));
  const regs = await db.emulationRegistration.findMany({
    where: { yearId: ey.id, state: "APPROVED" },
    select: { id: true, memberId: true, groupId: true, titleIds: true },
  });
  const approved = new Set(regs.map((r) => r.memberId).filter((x): x is string => !!x));
  const assessments = await db.emulationSelfAssessment.findMany({
    where: { yearId: ey.id },
    select: {
      id: true,
      memberId: true,
      totalPoints: true,
      scores: {
        select: { id: true, selfPoints: true, criterion: { select: { maxPoints: true, position: true } } },
      },
    },
  });
  const sa = new Map(assessments.map((a) => [a.memberId, a]));

  // The tổ bình xét meetings (10–14/11/2025) and the BCH decision meeting.
  const byGroup = ctx.groups.map((g) => ({ g, members: people.filter((m) => groupOf.get(m.id) === g.id) }));
  const meetings = await createRatingMeetings(ctx, 2025, [
    ...byGroup.map(({ g, members }, i) => ({
      type: "GROUP_REVIEW" as const,
      title: `Họp ${g.name} bình xét, đánh giá, xếp loại đoàn viên năm học 2025–2026`,
      startsAt: `2025-09-${10 + i}T16:30`,
      groupId: g.id,
      chair: kit.officers(g.id).leader,
      secretary: kit.officers(g.id).deputy,
      status: "MINUTES_SIGNED" as const,
      invitees: members,
      excused: i % 2 ? [{ member: members.at(-1)!, reason: "Đi tập huấn chuyên môn tại Sở" }] : [],
      agenda: [
        {
          title: "Đánh giá, xếp loại đoàn viên năm học 2025–2026",
          discussion: "Từng đoàn viên đọc phiếu tự đánh giá; tổ góp ý, chấm lại những tiêu chí chưa sát.",
          conclusion: "Tổ biểu quyết đề xuất mức xếp loại của từng đoàn viên gửi BCH.",
        },
        {
          title: "Bình xét danh hiệu thi đua năm học 2025–2026",
          discussion: "Tổ rà soát đăng ký thi đua đầu năm.",
          conclusion: "Đề nghị BCH xét danh hiệu theo đăng ký.",
        },
      ],
    })),
    {
      type: "BCH_REGULAR",
      title: "Họp BCH xét kết quả đánh giá, xếp loại năm học 2025–2026",
      startsAt: "2025-10-05T08:00",
      chair: kit.bch[0],
      secretary: kit.bch[2],
      status: "MINUTES_SIGNED",
      invitees: kit.bch,
      agenda: [
        {
          title: "Xét, quyết định kết quả đánh giá, xếp loại đoàn viên năm học 2025–2026",
          discussion:
            "BCH xem xét đề xuất của 5 tổ; một trường hợp vượt tỉ lệ 20 % có giải trình bằng văn bản.",
          conclusion:
            "Thông qua Nghị quyết số 12/NQ-CĐCS về kết quả đánh giá, xếp loại đoàn viên năm học 2025–2026.",
        },
        {
          title: "Xếp loại tổ công đoàn, tự đánh giá CĐCS năm học 2025–2026",
          discussion: "Các tổ tự chấm theo mẫu; BCH thống nhất mức xếp loại.",
          conclusion: "Thông qua kết quả xếp loại tổ và báo cáo tự đánh giá CĐCS.",
        },
      ],
    },
  ]);
  const decisionMeeting = meetings.at(-1)!.id;

  const ry = await db.ratingYear.create({
    data: {
      unitId,
      year: story.y(2025),
      emulationYearId: ey.id,
      status: "FINALISED",
      decisionMeetingId: decisionMeeting,
      decisionRef: "Số: 12/NQ-CĐCS",
      decidedOn: day("2025-10-05"),
      finalisedAt: at("2025-10-10T09:00"),
      finalisedById: kit.chairUser,
      publishedAt: at("2025-10-12T09:00"),
      publishedById: kit.chairUser,
    },
    select: { id: true },
  });
  await db.groupReview.createMany({
    data: byGroup.map(({ g }, i) => ({
      ratingYearId: ry.id,
      groupId: g.id,
      meetingId: meetings[i].id,
      state: "SUBMITTED" as const,
      presentCount: meetings[i].present,
      remarks: "Tổ sinh hoạt đúng định kỳ; đoàn viên tự đánh giá nghiêm túc, đúng thực chất.",
      submittedAt: at(`2025-09-${11 + i}T09:00`),
      submittedById: i === 0 ? ctx.userIdOf("totruong@demo.vn") : null,
    })),
  });

  // The tổ's proposal: the self-assessed level, except where the tổ scored differently: each tổ
  // raises its two best members to "xuất sắc" (its evidence), and Tổ Văn phòng marks one down.
  type Row = {
    m: DemoMember;
    gi: number;
    excludedReason: string | null;
    proposed: string | null;
    total: number;
    against: number;
    opinion: string | null;
  };
  const rows: Row[] = [];
  for (const m of people) {
    const gi = byGroup.findIndex((b) => b.g.id === groupOf.get(m.id));
    const excludedReason = await kit.excludedReason(
      m.id,
      2025,
      { discipline: m.id === disciplined.id ? discipline : undefined },
      approved,
    );
    rows.push({
      m,
      gi,
      excludedReason,
      proposed: null,
      total: sa.get(m.id)?.totalPoints ?? 75,
      against: 0,
      opinion: null,
    });
  }
  for (const [gi, { g }] of byGroup.entries()) {
    const rated = rows
      .filter((r) => r.gi === gi && !r.excludedReason && sa.has(r.m.id))
      .sort((x, y) => y.total - x.total || x.m.fullName.localeCompare(y.m.fullName, "vi"));
    for (const [i, r] of rated.slice(0, 2).entries()) {
      r.against = i;
      if (r.total < 90)
        r.total += await rescore(
          ctx,
          sa.get(r.m.id)!.scores,
          90 - r.total,
          "Tổ chấm cao hơn: có học sinh đạt giải cấp tỉnh, sáng kiến kinh nghiệm được công nhận cấp trường.",
        );
      r.opinion = "Tổ nhất trí đề nghị mức xuất sắc.";
    }
    const last = rated.at(-1);
    if (g.name === "Tổ Văn phòng" && last) {
      last.total += await rescore(
        ctx,
        sa.get(last.m.id)!.scores,
        -Math.max(6, last.total - 69),
        "Tổ chấm lại: hồ sơ thiết bị, văn thư nộp chậm nhiều lần trong năm.",
      );
      last.opinion = "Tổ đề nghị mức hoàn thành nhiệm vụ; đồng chí cần khắc phục việc nộp hồ sơ chậm.";
      last.against = 1;
    }
  }
  for (const r of rows) r.proposed = r.excludedReason ? null : levelFor(r.total, DEFAULT_LEVELS);
  // The BCH keeps "Hoàn thành xuất sắc" within 20 % of those rated "tốt" or better, except one.
  const basis = rows.filter((r) => r.proposed === XS || r.proposed === TOT).length;
  const allowed = allowedTop(basis, 20);
  const tops = rows
    .filter((r) => r.proposed === XS)
    .sort((x, y) => y.total - x.total || x.m.fullName.localeCompare(y.m.fullName, "vi"));
  const final = new Map(rows.map((r) => [r.m.id, r.proposed]));
  // Too few proposals for an exception: the BCH raises the best "tốt" ones (rare with this data).
  const good = rows.filter((r) => r.proposed === TOT).sort((x, y) => y.total - x.total);
  while (tops.length <= allowed && good.length) {
    const next = good.shift()!;
    tops.push(next);
    final.set(next.m.id, XS);
  }
  tops.slice(allowed + 1).forEach((r) => final.set(r.m.id, TOT));
  const exception = tops[allowed];
  await db.memberRating.createMany({
    data: rows.map((r) => ({
      id: randomUUID(),
      ratingYearId: ry.id,
      memberId: r.m.id,
      groupId: groupOf.get(r.m.id)!,
      proposedLevel: r.proposed,
      votesFor: r.proposed ? meetings[r.gi].present - r.against : null,
      votesAgainst: r.proposed ? r.against : null,
      groupOpinion: r.opinion,
      disciplineNote: r.m.id === disciplined.id ? discipline : null,
      // 2025 was finalised before exclusions barred awards instead of the rating: its "not rated"
      // record stays as history, as the migration leaves it, with the bar from titles beside it.
      excludedReason: r.excludedReason,
      awardBarReason: r.excludedReason,
      finalLevel: final.get(r.m.id) ?? null,
      exceptionReason:
        r.m.id === exception.m.id
          ? story.text(
              "Đạt giải Nhất Hội thi giáo viên dạy giỏi cấp tỉnh năm học 2025–2026; BCH biểu quyết 5/5 xếp loại vượt tỉ lệ.",
            )
          : null,
      decidedAt: r.proposed ? DECIDED : null,
      decidedById: r.proposed ? kit.chairUser : null,
      finalisedAt: at("2025-10-10T09:00"),
    })),
  });
  const levelOf = new Map(
    rows.map((r) => [r.m.id, { level: final.get(r.m.id) ?? null, excluded: r.excludedReason }]),
  );
  const groupLevels = await seedCollectives2025(ctx, kit, ry.id);
  await awardTitles2025(ctx, kit, ry.id, regs, levelOf, groupLevels, newcomer.id);
}

type Score = { id: string; selfPoints: number; criterion: { maxPoints: number; position: number } };

/** The tổ's own points (tổ CĐ chấm) where they differ: shifts the total by about `delta`, criterion by criterion; returns the shift made. */
async function rescore(
  ctx: DemoContext,
  scores: Score[],
  delta: number,
  explanation: string,
): Promise<number> {
  let left = delta;
  for (const s of [...scores].sort((a, b) => b.criterion.maxPoints - a.criterion.maxPoints)) {
    if (left === 0) break;
    const step =
      left > 0 ? Math.min(left, s.criterion.maxPoints - s.selfPoints) : Math.max(left, -s.selfPoints);
    if (step === 0) continue;
    await ctx.db.emulationScore.update({
      where: { id: s.id },
      data: { groupPoints: s.selfPoints + step, explanation },
    });
    left -= step;
  }
  return delta - left;
}

/** The teacher came from another school on 14/04/2025 (they were admitted to the union there). */
async function transferIn(ctx: DemoContext, m: DemoMember) {
  const { db } = ctx;
  const day = ctx.yearStory.day;
  await db.groupMembership.updateMany({ where: { memberId: m.id }, data: { startOn: day("2025-04-14") } });
  await db.memberEvent.updateMany({
    where: { memberId: m.id, type: "ADMITTED" },
    data: { toGroupId: null, reason: "Kết nạp vào công đoàn tại đơn vị cũ (Trường THPT Phan Châu Trinh)" },
  });
  await db.memberEvent.create({
    data: {
      memberId: m.id,
      type: "TRANSFERRED_IN",
      effectiveOn: day("2025-04-14"),
      toGroupId: m.groupId,
      reason: "Chuyển đến từ Trường THPT Phan Châu Trinh (QĐ số 215/QĐ-SGDĐT)",
    },
  });
}

// This year (the story's 2026), in tổ review whatever the seeding day: the rating year is open
// (WARN), Tổ Toán – Tin held its bình xét (20/11, or two days ago before that) and is part-way through its proposals (three members proposed with votes,
// two others self-assessed and waiting; Phạm Minh Tuấn, doanvien@demo.vn, is still drafting his phiếu), Tổ Ngữ văn has submitted, the other
// three tổ have their meetings planned. No final level and no title decided yet.
import { randomUUID } from "node:crypto";
import type { DemoContext, DemoMember } from "./context";
import { createCriteria } from "./rating-collective";
import { LEVELS, type RatingKit } from "./rating-kit";
import { createRatingMeetings } from "./rating-meetings";
import { later } from "./story-days";
import { DEFAULT_LEVELS, levelFor } from "../../lib/emulation/levels";

const AGENDA = [
  {
    title: "Đánh giá, xếp loại đoàn viên năm học 2026–2027",
    discussion: "Từng đoàn viên đọc phiếu tự đánh giá; tổ góp ý và chấm lại tiêu chí chưa sát.",
    conclusion: "Tổ biểu quyết đề xuất mức xếp loại gửi BCH.",
  },
  {
    title: "Bình xét danh hiệu thi đua năm học 2026–2027",
    discussion: "Tổ rà soát đăng ký thi đua đầu năm.",
    conclusion: "Đề nghị BCH xét danh hiệu theo đăng ký.",
  },
];

export async function seedRating2026(ctx: DemoContext, kit: RatingKit) {
  const { db, unitId, yearStory: story } = ctx;
  // The story's November dates once they have come; before that, the same steps in the last few days.
  const onTime = story.past("2026-09-21");
  // (never before 01/01: this year's bình xét is not held in last year's December).
  const held = (storyLocal: string, daysAgo: number) =>
    onTime ? storyLocal : `${later(story.daysAgo(daysAgo), "2026-01-01")}${storyLocal.slice(10)}`;
  const planned = (storyLocal: string, daysAhead: number) =>
    story.past(storyLocal) ? `${story.daysAgo(-daysAhead)}${storyLocal.slice(10)}` : storyLocal;
  const ey = await db.emulationYear.findFirstOrThrow({
    where: { unitId, year: story.y(2026) },
    select: { id: true, criteria: { orderBy: { position: "asc" }, select: { id: true, maxPoints: true } } },
  });
  const group = (name: string) => ctx.groups.find((g) => g.name === name)!;
  const toanTin = group("Tổ Toán – Tin");
  const nguVan = group("Tổ Ngữ văn");
  const active = await db.member.findMany({
    where: { unitId, status: "ACTIVE" },
    select: { id: true, groupId: true },
  });
  const inGroup = (g: { id: string }) =>
    ctx.members.filter((m) => active.some((a) => a.id === m.id && a.groupId === g.id));

  // The officers and two more teachers have sent their phiếu; Phạm Minh Tuấn (doanvien@demo.vn)
  // keeps the draft the emulation seed gave him, for "Của tôi" to show an unfinished phiếu.
  const tuan = ctx.byName("Phạm Minh Tuấn");
  const others = inGroup(toanTin).filter((m) => m.id !== tuan.id);
  const [ha, hung, mai] = ["Trần Thị Thu Hà", "Nguyễn Văn Hùng", "Lê Thị Mai"].map(ctx.byName);
  const waiting = [others[3], others[4]];
  for (const m of [ha, hung, mai, ...waiting])
    await submitAssessment(ctx, ey, m, story.at(held("2026-09-19T20:00", 5)));

  const ry = await db.ratingYear.create({
    data: { unitId, year: story.y(2026), emulationYearId: ey.id },
    select: { id: true },
  });
  await createCriteria(ctx, ry.id);
  const meetings = await createRatingMeetings(ctx, 2026, [
    meeting(kit, toanTin, inGroup(toanTin), held("2026-09-20T17:30", 2), "HELD", [
      { member: others.at(-2)!, reason: "Con ốm" },
    ]),
    meeting(kit, nguVan, inGroup(nguVan), held("2026-09-18T16:30", 4), "MINUTES_SIGNED", []),
    ...["Tổ Ngoại ngữ", "Tổ Khoa học tự nhiên", "Tổ Văn phòng"].map((name, i) =>
      meeting(
        kit,
        group(name),
        inGroup(group(name)),
        [planned("2026-09-25T16:30", 3), planned("2026-09-27T16:30", 5), planned("2026-10-02T16:00", 10)][i],
        "PLANNED",
        [],
      ),
    ),
  ]);
  await db.groupReview.createMany({
    data: [
      {
        ratingYearId: ry.id,
        groupId: toanTin.id,
        meetingId: meetings[0].id,
        state: "DRAFT",
        presentCount: meetings[0].present,
      },
      {
        ratingYearId: ry.id,
        groupId: nguVan.id,
        meetingId: meetings[1].id,
        state: "SUBMITTED",
        presentCount: meetings[1].present,
        remarks: "Tổ thống nhất đề xuất; các đoàn viên tự đánh giá đúng thực chất.",
        submittedAt: story.at(held("2026-09-19T08:00", 3)),
      },
    ],
  });

  const regs = await db.emulationRegistration.findMany({
    where: { yearId: ey.id, state: "APPROVED", memberId: { not: null } },
    select: { memberId: true },
  });
  const approved = new Set(regs.map((r) => r.memberId!));
  const assessments = await db.emulationSelfAssessment.findMany({
    where: { yearId: ey.id, state: "SUBMITTED" },
    select: {
      id: true,
      memberId: true,
      totalPoints: true,
      proposedLevel: true,
      scores: { select: { id: true, selfPoints: true, criterion: { select: { maxPoints: true } } } },
    },
  });
  const sa = new Map(assessments.map((a) => [a.memberId, a]));
  const rows = [];
  for (const a of active) {
    // Barred from titles and awards only: every member is rated (a year still open).
    const excludedReason = await kit.excludedReason(a.id, 2026, {}, approved);
    let proposed: string | null = null;
    let opinion: string | null = null;
    const self = sa.get(a.id);
    if (!excludedReason && a.groupId === nguVan.id) {
      proposed = self?.proposedLevel ?? LEVELS[1];
      if (!self) opinion = "Chưa nộp phiếu tự đánh giá; tổ đề xuất theo kết quả công tác trong năm.";
    }
    if (!excludedReason && [ha.id, hung.id].includes(a.id)) proposed = self?.proposedLevel ?? null;
    if (!excludedReason && a.id === mai.id && self) {
      // The tổ scores Mai's main criterion 3 points lower than she did, with its giải trình.
      const main = self.scores.reduce((x, y) => (y.criterion.maxPoints > x.criterion.maxPoints ? y : x));
      await db.emulationScore.update({
        where: { id: main.id },
        data: {
          groupPoints: main.selfPoints - 3,
          explanation: "Hồ sơ chuyên môn học kỳ I nộp chậm so với kế hoạch của tổ.",
        },
      });
      proposed = levelFor(self.totalPoints - 3, DEFAULT_LEVELS);
      opinion = "Tổ chấm lại tiêu chí nhiệm vụ chuyên môn (trừ 3 điểm).";
    }
    const gi = a.groupId === toanTin.id ? 0 : 1;
    const against = proposed && a.id === mai.id ? 1 : 0;
    rows.push({
      id: randomUUID(),
      ratingYearId: ry.id,
      memberId: a.id,
      groupId: a.groupId,
      awardBarReason: excludedReason,
      proposedLevel: proposed,
      groupOpinion: opinion,
      votesFor: proposed ? meetings[gi].present - against : null,
      votesAgainst: proposed ? against : null,
    });
  }
  await db.memberRating.createMany({ data: rows });
}

function meeting(
  kit: RatingKit,
  g: { id: string; name: string },
  invitees: DemoMember[],
  startsAt: string,
  status: "PLANNED" | "HELD" | "MINUTES_SIGNED",
  excused: { member: DemoMember; reason: string }[],
) {
  const { leader, deputy } = kit.officers(g.id);
  return {
    type: "GROUP_REVIEW" as const,
    title: `Họp ${g.name} bình xét, đánh giá, xếp loại đoàn viên năm học 2026–2027`,
    startsAt,
    groupId: g.id,
    chair: leader,
    secretary: deputy,
    status,
    invitees,
    excused,
    agenda: AGENDA,
  };
}

/** Completes (or writes) a member's 2026 self-assessment and submits it. */
async function submitAssessment(
  ctx: DemoContext,
  ey: { id: string; criteria: { id: string; maxPoints: number }[] },
  m: DemoMember,
  submittedAt: Date,
) {
  const { db } = ctx;
  const reg = await db.emulationRegistration.findFirst({
    where: { yearId: ey.id, subjectKey: `m:${m.id}`, state: "APPROVED" },
    select: { commitments: { select: { id: true } } },
  });
  if (!reg) return;
  const found = await db.emulationSelfAssessment.findFirst({
    where: { yearId: ey.id, memberId: m.id },
    select: {
      id: true,
      state: true,
      returnedAt: true,
      scores: { select: { criterionId: true, selfPoints: true } },
      outcomes: { select: { commitmentId: true } },
    },
  });
  if (found?.state === "SUBMITTED" || found?.returnedAt) return;
  const id =
    found?.id ??
    (
      await db.emulationSelfAssessment.create({
        data: { yearId: ey.id, memberId: m.id, state: "DRAFT", totalPoints: 0 },
        select: { id: true },
      })
    ).id;
  const have = new Set(found?.scores.map((s) => s.criterionId));
  const extra = ey.criteria
    .filter((c) => !have.has(c.id))
    .map((c, i) => ({ assessmentId: id, criterionId: c.id, selfPoints: c.maxPoints - (i % 3) }));
  await db.emulationScore.createMany({ data: extra });
  const done = new Set(found?.outcomes.map((o) => o.commitmentId));
  await db.emulationCommitmentOutcome.createMany({
    data: reg.commitments
      .filter((c) => !done.has(c.id))
      .map((c) => ({
        assessmentId: id,
        commitmentId: c.id,
        result: "MET" as const,
        evidence: "Theo sổ theo dõi của tổ",
      })),
  });
  const total = [...(found?.scores ?? []), ...extra].reduce((s, x) => s + x.selfPoints, 0);
  await db.emulationSelfAssessment.update({
    where: { id },
    data: {
      state: "SUBMITTED",
      totalPoints: total,
      proposedLevel: levelFor(total, DEFAULT_LEVELS),
      comment: "Hoàn thành nhiệm vụ được giao, tham gia đầy đủ các hoạt động.",
      submittedAt,
    },
  });
}

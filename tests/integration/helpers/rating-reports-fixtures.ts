// A rated 2026 for the report tests and the route matrix: an emulation year with its template,
// self-assessments with scores (one tổ score differs), the rating year opened, final levels with
// one exception over the quota, one excluded member, tổ A's review linked to its meeting, the
// CĐCS self-rating and two titles awarded. A member is named with <script> to prove it prints as text.
import { randomUUID } from "node:crypto";
import { getActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { openRatingYear } from "@/lib/rating/decision/open-rating-year";
import { ensureCatalogue, ensureYear } from "./emulation-fixtures";
import { makeMeeting } from "./meetings-fixtures";
import { actAs } from "./session";
import type { World } from "./world";
import { makeMember } from "../../factories/records";
import { SUITE_MOMENT } from "../../support/today";

export const L = {
  XS: "Hoàn thành xuất sắc nhiệm vụ",
  T: "Hoàn thành tốt nhiệm vụ",
  HT: "Hoàn thành nhiệm vụ",
  K: "Không hoàn thành nhiệm vụ",
} as const;

export async function rateWorld(w: World, year = 2026) {
  const tag = randomUUID().slice(0, 6);
  const ey = await ensureYear(w.unit.id, { year });
  const extra = await Promise.all(
    [
      "Phạm Thị Xuất Sắc",
      "Vũ Văn Tốt",
      "Đỗ Thị Tốt Hai",
      "Hoàng Văn Hoàn Thành",
      `<script>alert(1)</script> Lê ${tag}`,
    ].map((n) => makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id, fullName: `${n} ${tag}` })),
  );
  const scriptMember = extra[4];
  const ids = [...extra.map((m) => m.id), w.people.member.member.id];
  for (const memberId of ids) {
    if (
      await db.emulationSelfAssessment.findUnique({ where: { yearId_memberId: { yearId: ey.id, memberId } } })
    )
      continue;
    await db.emulationSelfAssessment.create({
      data: {
        yearId: ey.id,
        memberId,
        state: "SUBMITTED",
        totalPoints: 80,
        proposedLevel: L.T,
        submittedAt: SUITE_MOMENT,
        comment: "Hoàn thành tốt công việc được giao",
        scores: {
          create: ey.criteria.map((c, i) => ({
            criterionId: c.id,
            selfPoints: c.maxPoints - 1,
            groupPoints: i === 0 && memberId === scriptMember.id ? c.maxPoints - 3 : null,
            explanation:
              i === 0 && memberId === scriptMember.id ? "Tổ chấm thấp hơn: còn chậm báo cáo" : null,
          })),
        },
      },
    });
  }
  actAs(w.people.chair.user.id);
  // Another fixture of a shared world (the fuzz test) may have opened the year already.
  const ry =
    (await db.ratingYear.findUnique({
      where: { unitId_year: { unitId: w.unit.id, year } },
      select: { id: true },
    })) ?? (await openRatingYear((await getActor())!, { year }));
  await db.memberRating.createMany({
    data: extra.map((m) => ({ ratingYearId: ry.id, memberId: m.id, groupId: w.groupA.id })),
    skipDuplicates: true,
  });
  // Everyone of the world is rated except the excluded one; levels: 2 XS (one an exception), 5 T, 1 HT.
  await db.memberRating.updateMany({
    where: { ratingYearId: ry.id },
    data: { excludedReason: null, finalLevel: L.T, proposedLevel: L.T, votesFor: 5, votesAgainst: 1 },
  });
  const set = (memberId: string, data: object) =>
    db.memberRating.updateMany({ where: { ratingYearId: ry.id, memberId }, data });
  await set(extra[0].id, { finalLevel: L.XS, proposedLevel: L.XS });
  await set(scriptMember.id, {
    finalLevel: L.XS,
    proposedLevel: L.XS,
    exceptionReason: "Đạt giải Nhất giáo viên dạy giỏi cấp tỉnh",
    groupOpinion: "Tổ thống nhất đề nghị",
  });
  await set(extra[3].id, { finalLevel: L.HT, proposedLevel: L.HT });
  await set(w.people.viceChair.member.id, {
    finalLevel: null,
    excludedReason: "Nghỉ dài ngày",
    longLeaveNote: "Nghỉ ốm 8 tháng",
  });
  const meeting = await makeMeeting(w, { status: "MINUTES_SIGNED" });
  await db.meeting.update({
    where: { id: meeting.id },
    data: {
      type: "GROUP_REVIEW",
      title: "Họp tổ bình xét, xếp loại",
      place: "Phòng họp tổ Toán",
      endsAt: new Date("2026-06-10T11:00:00Z"),
    },
  });
  const review = {
    meetingId: meeting.id,
    state: "SUBMITTED" as const,
    presentCount: 6,
    remarks: "Các đoàn viên đều tích cực",
    submittedAt: SUITE_MOMENT,
  };
  await db.groupReview.upsert({
    where: { ratingYearId_groupId: { ratingYearId: ry.id, groupId: w.groupA.id } },
    create: { ratingYearId: ry.id, groupId: w.groupA.id, ...review },
    update: review,
  });
  await db.ratingYear.update({
    where: { id: ry.id },
    data: { decisionRef: `05/NQ-CĐCS-${tag}`, decidedOn: new Date(`${year}-12-20T00:00:00Z`) },
  });
  // The CĐCS self-rating, scored in full minus one, and the cấp trên's thẩm định.
  const unitCriteria = await db.ratingCriterion.findMany({
    where: { ratingYearId: ry.id, scope: "UNIT" },
    orderBy: { position: "asc" },
  });
  const has = (subjectKey: string) =>
    db.collectiveRating.findUnique({
      where: { ratingYearId_subjectKey: { ratingYearId: ry.id, subjectKey } },
    });
  if (!(await has("unit")))
    await db.collectiveRating.create({
      data: {
        ratingYearId: ry.id,
        scope: "UNIT",
        subjectKey: "unit",
        selfTotal: unitCriteria.reduce((s, c) => s + c.maxPoints - 1, 0),
        selfLevel: L.XS,
        selfSubmittedAt: SUITE_MOMENT,
        finalLevel: L.T,
        reviewedTotal: 85,
        reviewRef: `12/QĐ-CĐN-${tag}`,
        reviewedOn: new Date(`${year}-12-28T00:00:00Z`),
        scores: {
          create: unitCriteria.map((c) => ({
            criterionId: c.id,
            selfPoints: c.maxPoints - 1,
            reviewedPoints: c.maxPoints - 2,
          })),
        },
      },
    });
  if (!(await has(`g:${w.groupA.id}`)))
    await db.collectiveRating.create({
      data: {
        ratingYearId: ry.id,
        scope: "GROUP",
        subjectKey: `g:${w.groupA.id}`,
        groupId: w.groupA.id,
        selfTotal: 90,
        selfLevel: L.XS,
        selfSubmittedAt: SUITE_MOMENT,
        finalLevel: L.XS,
      },
    });
  // Titles: an approved registration of the <script> member, awarded (Đạt) a title the union's
  // cấp trên confers (so it is in the DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG).
  const cat = await ensureCatalogue(w.unit.id);
  const title =
    cat.titles.find((t) => t.scope === "INDIVIDUAL" && t.conferrer === "UNION_UPPER") ?? cat.titles[0];
  const reg = await db.emulationRegistration.create({
    data: {
      yearId: ey.id,
      subjectKey: `m:${scriptMember.id}`,
      memberId: scriptMember.id,
      state: "APPROVED",
      titleIds: [title.id],
      movementIds: [],
    },
  });
  await db.titleAward.create({
    data: {
      ratingYearId: ry.id,
      registrationId: reg.id,
      titleId: title.id,
      result: "ACHIEVED",
      reason: "Hoàn thành xuất sắc nhiệm vụ 2 năm liền",
    },
  });
  return { ry, ey, extra, scriptMember, meeting, title, tag };
}
export type RatedWorld = Awaited<ReturnType<typeof rateWorld>>;

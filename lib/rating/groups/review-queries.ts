import "server-only";
// One tổ's review: the review and its meeting, the meetings it may link, and a page of members
// with their self-assessment beside the tổ's proposal. Outside the actor's scope → null.
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { toSearchText } from "@/lib/format";
import { attendanceCountsFor, listMeetingsByType } from "@/lib/meetings/queries";
import type { RatingYearContext } from "@/lib/rating/year";
import { countsByGroup } from "./queries";
import { canReadGroup, leadsGroup } from "./scope";

export const MEMBER_PAGE_SIZE = 30;

export async function getGroupReview(actor: Actor, r: RatingYearContext, groupId: string) {
  if (!canReadGroup(actor, groupId)) return null;
  const group = await db.group.findFirst({
    where: { id: groupId, unitId: actor.unitId },
    select: { id: true, name: true },
  });
  if (!group) return null;
  const leads = leadsGroup(actor, groupId);
  const [review, counts, meetings, criteria] = await Promise.all([
    db.groupReview.findUnique({
      where: { ratingYearId_groupId: { ratingYearId: r.id, groupId } },
      select: {
        id: true,
        state: true,
        presentCount: true,
        remarks: true,
        version: true,
        submittedAt: true,
        meeting: { select: { id: true, title: true, startsAt: true, place: true } },
      },
    }),
    countsByGroup(r.id, [groupId]),
    leads
      ? listMeetingsByType(actor, { year: r.year, types: ["GROUP_REVIEW"], groupId })
      : Promise.resolve([]),
    db.emulationCriterion.findMany({
      where: { yearId: r.emulationYearId },
      orderBy: { position: "asc" },
      select: { id: true, groupName: true, content: true, maxPoints: true },
    }),
  ]);
  const attendance = await attendanceCountsFor(meetings.map((m) => m.id));
  return {
    group,
    review,
    counts: counts.get(groupId) ?? { members: 0, excluded: 0, proposed: 0 },
    criteria,
    /** The tổ's bình xét meetings; `present` is set once attendance has been taken. */
    meetings: meetings.map((m) => {
      const c = attendance.get(m.id);
      const taken = !!c && c.present + c.excused + c.absent > 0;
      return {
        id: m.id,
        title: m.title,
        startsAt: m.startsAt,
        status: m.status,
        present: taken ? c.present : null,
      };
    }),
    /** The tổ trưởng may write: leads the tổ, the year is open and the tổ has not submitted. */
    editable: leads && r.status === "OPEN" && review?.state !== "SUBMITTED",
    leads,
  };
}
export type GroupReviewView = NonNullable<Awaited<ReturnType<typeof getGroupReview>>>;

/** A page of the tổ's members (by name), each with the self-assessment of the emulation year. */
export async function getReviewMembers(
  r: Pick<RatingYearContext, "id" | "emulationYearId">,
  groupId: string,
  p: { q: string; page: number },
) {
  const q = toSearchText(p.q);
  const where = { ratingYearId: r.id, groupId, ...(q ? { member: { searchName: { contains: q } } } : {}) };
  const total = await db.memberRating.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / MEMBER_PAGE_SIZE));
  const page = Math.min(p.page, pageCount);
  const ratings = await db.memberRating.findMany({
    where,
    orderBy: [{ member: { sortName: "asc" } }, { id: "asc" }],
    skip: (page - 1) * MEMBER_PAGE_SIZE,
    take: MEMBER_PAGE_SIZE,
    select: {
      id: true,
      version: true,
      proposedLevel: true,
      votesFor: true,
      votesAgainst: true,
      groupOpinion: true,
      longLeaveNote: true,
      disciplineNote: true,
      excludedReason: true,
      sanctionNote: true,
      awardBarReason: true,
      member: { select: { id: true, fullName: true, jobTitle: true } },
    },
  });
  const assessments = await db.emulationSelfAssessment.findMany({
    where: { yearId: r.emulationYearId, memberId: { in: ratings.map((x) => x.member.id) } },
    select: {
      memberId: true,
      state: true,
      comment: true,
      totalPoints: true,
      proposedLevel: true,
      scores: { select: { criterionId: true, selfPoints: true, groupPoints: true, explanation: true } },
    },
  });
  const byMember = new Map(assessments.map((a) => [a.memberId, a]));
  const rows = ratings.map((x) => ({ ...x, assessment: byMember.get(x.member.id) ?? null }));
  return { rows, total, page, pageCount };
}
export type ReviewMemberRow = Awaited<ReturnType<typeof getReviewMembers>>["rows"][number];

import "server-only";
// "BIÊN BẢN HỌP TỔ CÔNG ĐOÀN (đánh giá, xếp loại đoàn viên năm …)": the tổ review and its linked
// GROUP_REVIEW meeting, then every member's self level, the tổ's proposal and vote, and the
// members not rated. The BCH and UBKT (rating.export) see every tổ, a tổ trưởng the tổ they lead.
import { type Actor, can } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { NOT_SUBMITTED } from "@/lib/rating/labels";
import { reportContext, type ReportContext } from "./context";

export async function loadGroupMinutes(ctx: ReportContext, groupIds: string[]) {
  const { ry } = ctx;
  const reviews = await db.groupReview.findMany({
    where: { ratingYearId: ry.id, groupId: { in: groupIds } },
    select: {
      groupId: true,
      state: true,
      presentCount: true,
      remarks: true,
      submittedAt: true,
      group: { select: { name: true } },
      meeting: {
        select: {
          title: true,
          startsAt: true,
          endsAt: true,
          place: true,
          chair: { select: { fullName: true } },
          secretary: { select: { fullName: true } },
        },
      },
    },
    orderBy: { group: { name: "asc" } },
  });
  if (!reviews.length) return [];
  // Finalised with items missing: a tổ whose review was still a draft carries the BCH's reason.
  const year = await db.ratingYear.findUniqueOrThrow({
    where: { id: ry.id },
    select: { finaliseOverrideReason: true, finalisedAt: true },
  });
  const members = await db.$queryRaw<
    {
      groupId: string;
      fullName: string;
      selfLevel: string | null;
      proposedLevel: string | null;
      votesFor: number | null;
      votesAgainst: number | null;
      groupOpinion: string | null;
      excludedReason: string | null;
    }[]
  >`
    SELECT mr."groupId", m."fullName", CASE WHEN sa.state = 'SUBMITTED' THEN sa."proposedLevel" WHEN sa.id IS NOT NULL THEN ${NOT_SUBMITTED} END AS "selfLevel", mr."proposedLevel", mr."votesFor", mr."votesAgainst", mr."groupOpinion", mr."excludedReason"
    FROM "MemberRating" mr JOIN "Member" m ON m.id = mr."memberId"
    LEFT JOIN "EmulationSelfAssessment" sa ON sa."yearId" = ${ry.emulationYearId} AND sa."memberId" = mr."memberId"
    WHERE mr."ratingYearId" = ${ry.id} AND mr."groupId" = ANY(${reviews.map((r) => r.groupId)})
    ORDER BY m."sortName", m.id`;
  return reviews.map((r) => ({
    ...r,
    year: ry.year,
    cycle: ry.cycle,
    members: members.filter((m) => m.groupId === r.groupId),
    override:
      r.state !== "SUBMITTED" && year.finaliseOverrideReason
        ? { reason: year.finaliseOverrideReason, finalisedAt: year.finalisedAt }
        : null,
  }));
}
export type GroupMinutesData = Awaited<ReturnType<typeof loadGroupMinutes>>[number] &
  Pick<ReportContext, "unit" | "date">;

export async function getGroupMinutes(
  actor: Actor,
  year: number,
  groupId: string,
): Promise<GroupMinutesData | null> {
  const allowed =
    can(actor, "rating.export") || (can(actor, "rating.review.group") && actor.ledGroupIds.includes(groupId));
  if (!allowed) return null;
  const group = await db.group.findFirst({
    where: { id: groupId, unitId: actor.unitId },
    select: { id: true },
  });
  if (!group) return null;
  const ctx = await reportContext(actor, year);
  if (!ctx) return null;
  const [doc] = await loadGroupMinutes(ctx, [groupId]);
  return doc ? { ...doc, unit: ctx.unit, date: ctx.date } : null;
}

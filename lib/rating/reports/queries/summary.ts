import "server-only";
// "TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐOÀN VIÊN NĂM …": counts per tổ and level, the full list,
// the exceptions and the excluded, the decision reference. Reads 60,000 rows in one query.
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { NOT_SUBMITTED } from "@/lib/rating/labels";
import { canExport, reportContext } from "./context";
import { countLevels } from "./level-counts";

export type SummaryListRow = {
  fullName: string;
  groupName: string;
  selfLevel: string | null;
  proposedLevel: string | null;
  finalLevel: string | null;
  excludedReason: string | null;
  exceptionReason: string | null;
};

export async function getRatingSummary(actor: Actor, year: number) {
  if (!canExport(actor)) return null;
  const ctx = await reportContext(actor, year);
  if (!ctx) return null;
  const { ry } = ctx;
  const [counts, list, meeting] = await Promise.all([
    countLevels(ry),
    db.$queryRaw<SummaryListRow[]>`
      SELECT m."fullName", g.name AS "groupName", CASE WHEN sa.state = 'SUBMITTED' THEN sa."proposedLevel" WHEN sa.id IS NOT NULL THEN ${NOT_SUBMITTED} END AS "selfLevel", mr."proposedLevel", mr."finalLevel",
        mr."excludedReason", mr."exceptionReason"
      FROM "MemberRating" mr
      JOIN "Member" m ON m.id = mr."memberId"
      JOIN "Group" g ON g.id = mr."groupId"
      LEFT JOIN "EmulationSelfAssessment" sa ON sa."yearId" = ${ry.emulationYearId} AND sa."memberId" = mr."memberId"
      WHERE mr."ratingYearId" = ${ry.id}
      ORDER BY g.name, g.id, m."sortName", m.id`,
    ry.decisionMeetingId
      ? db.meeting.findFirst({
          where: { id: ry.decisionMeetingId, unitId: actor.unitId },
          select: { title: true, startsAt: true },
        })
      : null,
  ]);
  return { ...ctx, counts, list, decisionMeeting: meeting };
}
export type RatingSummary = NonNullable<Awaited<ReturnType<typeof getRatingSummary>>>;

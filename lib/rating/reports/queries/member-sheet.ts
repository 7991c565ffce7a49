import "server-only";
import { type Actor, can } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
// "PHIẾU TỰ ĐÁNH GIÁ, XẾP LOẠI ĐOÀN VIÊN NĂM …" with every column filled: the self-assessment
// (lib/emulation), the tổ's scores and opinion (tổ bình xét), the BCH's final level. Loaded in
// bulk so the one-click PDF reads all its phiếu in a few queries.
import { db } from "@/lib/db";
import { getYearTemplate } from "@/lib/emulation/queries/years";
import { reportContext, type ReportContext } from "./context";

export async function loadSheets(ctx: ReportContext, unitId: string, memberIds: string[]) {
  const { ry } = ctx;
  const [template, members, assessments, ratings, reviews, leaders] = await Promise.all([
    getYearTemplate(unitId, ry.emulationYearId),
    db.member.findMany({
      where: { id: { in: memberIds }, unitId },
      select: { id: true, fullName: true, jobTitle: true, groupId: true, group: { select: { name: true } } },
    }),
    db.emulationSelfAssessment.findMany({
      where: { yearId: ry.emulationYearId, memberId: { in: memberIds } },
      select: {
        memberId: true,
        state: true,
        totalPoints: true,
        proposedLevel: true,
        comment: true,
        scores: { select: { criterionId: true, selfPoints: true, groupPoints: true, explanation: true } },
      },
    }),
    db.memberRating.findMany({
      where: { ratingYearId: ry.id, memberId: { in: memberIds } },
      select: {
        memberId: true,
        groupId: true,
        proposedLevel: true,
        votesFor: true,
        votesAgainst: true,
        groupOpinion: true,
        excludedReason: true,
        finalLevel: true,
      },
    }),
    db.groupReview.findMany({
      where: { ratingYearId: ry.id },
      select: { groupId: true, presentCount: true },
    }),
    leaderNames(unitId),
  ]);
  if (!template) return [];
  const byMember = <T extends { memberId: string }>(rows: T[]) => new Map(rows.map((r) => [r.memberId, r]));
  const a = byMember(assessments);
  const r = byMember(ratings);
  const present = new Map(reviews.map((x) => [x.groupId, x.presentCount]));
  const order = new Map(memberIds.map((id, i) => [id, i]));
  return members
    .sort((x, y) => (order.get(x.id) ?? 0) - (order.get(y.id) ?? 0))
    .map((m) => {
      const rating = r.get(m.id) ?? null;
      const groupId = rating?.groupId ?? m.groupId;
      return {
        member: m,
        groupId,
        // A draft is not the member's assessment yet: the phiếu prints it as not submitted.
        assessment: a.get(m.id)?.state === "SUBMITTED" ? a.get(m.id)! : null,
        draftOnly: a.get(m.id)?.state === "DRAFT",
        rating,
        presentCount: present.get(groupId) ?? null,
        leaderName: leaders.get(groupId) ?? "",
      };
    })
    .map((x) => ({ ...x, template, year: ry.year, published: Boolean(ry.publishedAt) }));
}

/** Today's tổ trưởng (else tổ phó) of every tổ of the unit. */
async function leaderNames(unitId: string) {
  const today = clock.today();
  const rows = await db.position.findMany({
    where: {
      office: { in: ["GROUP_LEADER", "GROUP_DEPUTY"] },
      groupId: { not: null },
      member: { unitId },
      startOn: { lte: today },
      OR: [{ endOn: null }, { endOn: { gte: today } }],
    },
    // The enum's order: GROUP_LEADER before GROUP_DEPUTY; the first one found per tổ is kept.
    orderBy: [{ office: "asc" }, { startOn: "desc" }],
    select: { groupId: true, member: { select: { fullName: true } } },
  });
  const out = new Map<string, string>();
  for (const p of rows) if (!out.has(p.groupId!)) out.set(p.groupId!, p.member.fullName);
  return out;
}

export type SheetData = Awaited<ReturnType<typeof loadSheets>>[number] &
  ReportContext & { showFinal: boolean };

/**
 * One member's phiếu, or null outside the actor's scope: rating.read.all / rating.export see
 * everyone, a tổ trưởng the members of the tổ they lead, a member their own (the BCH's final
 * level only once the year is published).
 */
export async function getMemberSheet(
  actor: Actor,
  year: number,
  memberId: string,
): Promise<SheetData | null> {
  const ctx = await reportContext(actor, year);
  if (!ctx) return null;
  const [sheet] = await loadSheets(ctx, actor.unitId, [memberId]);
  if (!sheet) return null;
  const all = can(actor, "rating.read.all") || can(actor, "rating.export");
  const leads =
    can(actor, "rating.review.group") &&
    (actor.ledGroupIds.includes(sheet.groupId) || actor.ledGroupIds.includes(sheet.member.groupId));
  const own = can(actor, "rating.read.own") && actor.memberId === memberId;
  if (!all && !leads && !own) return null;
  // Only the BCH and UBKT see a final level before publication.
  return { ...ctx, ...sheet, showFinal: all || Boolean(ctx.ry.publishedAt) };
}

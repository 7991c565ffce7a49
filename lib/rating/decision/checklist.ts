import "server-only";
// What the year still lacks before "Chốt kết quả", in two lists:
// - blockers: nothing can be finalised over them (a member without a level, no decision recorded, the quota);
// - missing: the rest of the year-end chain (tổ reviews, titles, collective ratings, the decision
//   meeting held, self-assessment drafts). Finalising over them needs a written reason (override),
//   which is stored, audited and printed in the CĐCS's report.
import type { db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { candidatesFrom } from "@/lib/rating/titles/candidates-sql";
import { unitLevelCounts } from "../counts";
import { quotaUsage } from "../quota";
import { levelNames, type RatingYearContext } from "../year";

type Client = Tx | typeof db;
export type FinaliseChecklist = { blockers: string[]; missing: string[] };

const n = (v: number) => v.toLocaleString("vi-VN");

/** Both lists; empty lists mean the year can be finalised as it is. */
export async function finaliseChecklist(client: Client, r: RatingYearContext): Promise<FinaliseChecklist> {
  const [blockers, missing] = await Promise.all([finaliseBlockers(client, r), missingItems(client, r)]);
  return { blockers, missing };
}

/** What no override can cover: the decision recorded, every member with a level, the quota. */
export async function finaliseBlockers(tx: Client, r: RatingYearContext): Promise<string[]> {
  const out: string[] = [];
  if (!r.decisionMeetingId || !r.decisionRef || !r.decidedOn)
    out.push("Chưa ghi cuộc họp Ban Chấp hành và số nghị quyết / quyết định.");
  const [t] = await tx.$queryRaw<{ undecided: number; strange: number }[]>`
    SELECT count(*) FILTER (WHERE "finalLevel" IS NULL)::int AS undecided,
           count(*) FILTER (WHERE "finalLevel" IS NOT NULL AND "finalLevel" NOT IN (${Prisma.join(levelNames(r))}))::int AS strange
    FROM "MemberRating" WHERE "ratingYearId" = ${r.id} AND "excludedReason" IS NULL`;
  if (t.undecided)
    out.push(`Còn ${t.undecided.toLocaleString("vi-VN")} đoàn viên chưa có mức xếp loại cuối cùng.`);
  if (t.strange) out.push(`${t.strange} đoàn viên có mức không còn trong thang xếp loại của năm.`);
  const usage = quotaUsage(await unitLevelCounts(tx, r.id), r.levels, r.quota);
  if (usage.over > 0 && r.quota.mode === "BLOCK")
    out.push(`Vượt tỉ lệ ${usage.over} người ở mức “${r.levels[0].name}” (chế độ chặn).`);
  if (usage.over > 0 && r.quota.mode === "WARN") {
    const justified = await tx.memberRating.count({
      where: {
        ratingYearId: r.id,
        excludedReason: null,
        finalLevel: r.levels[0].name,
        exceptionReason: { not: null },
      },
    });
    if (justified < usage.over)
      out.push(
        `Vượt tỉ lệ ${usage.over} người ở mức “${r.levels[0].name}” nhưng mới có ${justified} giải trình ngoại lệ.`,
      );
  }
  return out;
}

async function missingItems(client: Client, r: RatingYearContext): Promise<string[]> {
  const [[reviews], [titles], [collectives], drafts, meeting] = await Promise.all([
    // Tổ with rated members: no review opened, or a review not submitted.
    client.$queryRaw<{ unopened: number; draft: number }[]>`
      SELECT count(*) FILTER (WHERE gr.id IS NULL)::int AS unopened,
             count(*) FILTER (WHERE gr.state = 'DRAFT')::int AS draft
      FROM (SELECT DISTINCT mr."groupId" FROM "MemberRating" mr
            JOIN "Group" g ON g.id = mr."groupId" AND g."archivedAt" IS NULL
            WHERE mr."ratingYearId" = ${r.id} AND mr."excludedReason" IS NULL) t
      LEFT JOIN "GroupReview" gr ON gr."ratingYearId" = ${r.id} AND gr."groupId" = t."groupId"`,
    client.$queryRaw<{ open: number }[]>`
      SELECT count(*)::int AS open ${candidatesFrom(r.unitId, r.id, r.emulationYearId, { result: "none" })}`,
    // Active tổ without the BCH's level; the CĐCS without its self-score.
    client.$queryRaw<{ groups: number; unit: number }[]>`
      SELECT (SELECT count(*) FROM "Group" g
              LEFT JOIN "CollectiveRating" c ON c."ratingYearId" = ${r.id} AND c."subjectKey" = 'g:' || g.id
              WHERE g."unitId" = ${r.unitId} AND g."archivedAt" IS NULL AND c."finalLevel" IS NULL)::int AS groups,
             (SELECT count(*) FROM "CollectiveRating" c
              WHERE c."ratingYearId" = ${r.id} AND c."subjectKey" = 'unit' AND c."selfSubmittedAt" IS NOT NULL)::int AS unit`,
    client.emulationSelfAssessment.count({
      where: { yearId: r.emulationYearId, state: "DRAFT", member: { unitId: r.unitId } },
    }),
    r.decisionMeetingId
      ? client.meeting.findFirst({
          where: { id: r.decisionMeetingId, unitId: r.unitId },
          select: { title: true, status: true },
        })
      : null,
  ]);
  const out: string[] = [];
  if (reviews.unopened) out.push(`${n(reviews.unopened)} tổ chưa mở bình xét.`);
  if (reviews.draft) out.push(`${n(reviews.draft)} tổ chưa nộp kết quả bình xét.`);
  if (titles.open) out.push(`${n(titles.open)} danh hiệu đăng ký chưa bình xét.`);
  if (collectives.groups) out.push(`${n(collectives.groups)} tổ công đoàn chưa được Ban Chấp hành xếp loại.`);
  if (!collectives.unit) out.push("CĐCS chưa tự chấm điểm theo bảng tiêu chí.");
  if (meeting && meeting.status === "PLANNED")
    out.push(`Cuộc họp Ban Chấp hành “${meeting.title}” ghi trong quyết định chưa diễn ra (còn “Dự kiến”).`);
  if (drafts) out.push(`${n(drafts)} phiếu tự đánh giá còn là bản nháp (chưa nộp).`);
  return out;
}

/** "Còn thiếu: a; b." for the refusal and the printed note. */
export const missingText = (items: string[]) => items.map((i) => i.replace(/\.$/, "")).join("; ");

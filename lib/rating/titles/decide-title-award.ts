import "server-only";
// Bình xét thi đua: the BCH's result for one registered title. Đạt and Đề nghị need an eligible
// candidate (CANDIDATE_BAR); a state title (conferred by the head of the agency) takes no union
// form; the BCH's own Giấy khen only where the year allows it. Runs after lockOpenYear (a
// finalised year refuses it) and audits the row.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db, type Tx } from "@/lib/db";
import { conflict, invalid } from "@/lib/errors";
import { lockOpenYear } from "@/lib/rating/year";
import type { z } from "@/lib/validation";
import { CANDIDATE_BAR, candidatesFrom } from "./candidates-sql";
import { formProblem, resultProblem } from "./offer";
import type { decideTitleSchema } from "./schema";

export const NOT_REGISTERED = "Chỉ đoàn viên, tập thể đã đăng ký danh hiệu này mới được bình xét.";
export const STALE = "Kết quả bình xét vừa được người khác thay đổi. Vui lòng tải lại trang.";

export async function decideTitleAward(actor: Actor, v: z.output<typeof decideTitleSchema>) {
  return db.$transaction(async (tx) => {
    const r = await lockOpenYear(tx, actor.unitId, v.ratingYearId);
    const reg = await tx.emulationRegistration.findFirst({
      where: { id: v.registrationId, yearId: r.emulationYearId, state: "APPROVED" },
      select: { id: true, titleIds: true },
    });
    if (!reg || !reg.titleIds.includes(v.titleId))
      throw conflict(NOT_REGISTERED, { titleId: NOT_REGISTERED });
    const [cand] = await tx.$queryRaw<{ bar: string | null; conferrer: string }[]>`
      SELECT ${CANDIDATE_BAR} AS bar, t.conferrer::text AS conferrer
      ${candidatesFrom(r.unitId, r.id, r.emulationYearId, { registrationId: reg.id, titleId: v.titleId })}`;
    const barred = resultProblem(v.result, cand?.bar ?? null);
    if (barred) throw invalid({ result: barred }, barred);
    const commendationId = v.result === "PROPOSED_HIGHER" && v.commendationId ? v.commendationId : null;
    if (commendationId) await checkForm(tx, actor.unitId, commendationId, cand?.conferrer, r.cdcsMayCommend);
    const data = {
      result: v.result,
      reason: v.reason || null,
      commendationId,
      achievement: v.achievement || null,
      votesFor: v.votesFor === "" ? null : v.votesFor,
      votesCast: v.votesCast === "" ? null : v.votesCast,
      decidedById: actor.userId,
      decidedAt: new Date(),
    };
    const found = await tx.titleAward.findUnique({
      where: { registrationId_titleId: { registrationId: reg.id, titleId: v.titleId } },
    });
    if ((found?.version ?? null) !== v.version) throw conflict(STALE);
    const saved = found
      ? await tx.titleAward.update({
          where: { id: found.id, version: found.version },
          data: { ...data, version: { increment: 1 } },
        })
      : await tx.titleAward.create({
          data: { ...data, ratingYearId: r.id, registrationId: reg.id, titleId: v.titleId },
        });
    const before = found
      ? { result: found.result, reason: found.reason, commendationId: found.commendationId }
      : null;
    await writeAudit(tx, actor, {
      action: "rating.title.decide",
      entityType: "TitleAward",
      entityId: saved.id,
      before,
      after: {
        registrationId: reg.id,
        titleId: v.titleId,
        result: v.result,
        reason: data.reason,
        commendationId,
        achievement: data.achievement,
        votesFor: data.votesFor,
        votesCast: data.votesCast,
      },
    });
    return { id: saved.id, version: saved.version, result: saved.result };
  });
}

/** The form proposed: of the unit's catalogue, never on a state title, the BCH's own only where allowed. */
async function checkForm(
  tx: Tx,
  unitId: string,
  commendationId: string,
  titleConferrer: string | undefined,
  cdcsMayCommend: boolean,
) {
  const form = await tx.emulationCommendation.findFirst({
    where: { id: commendationId, unitId, archivedAt: null },
    select: { conferrer: true },
  });
  if (!form) throw invalid({ commendationId: "Hình thức khen thưởng không có trong danh mục của đơn vị." });
  const problem = formProblem(form, titleConferrer, cdcsMayCommend);
  if (problem) throw invalid({ commendationId: problem });
}

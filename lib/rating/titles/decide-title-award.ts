import "server-only";
// Bình xét thi đua: the BCH's result for one registered title. Runs after lockOpenYear (a
// finalised year refuses it) and audits the row.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, invalid } from "@/lib/errors";
import { lockOpenYear } from "@/lib/rating/year";
import type { z } from "@/lib/validation";
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
    const commendationId = v.result === "PROPOSED_HIGHER" && v.commendationId ? v.commendationId : null;
    if (
      commendationId &&
      !(await tx.emulationCommendation.findFirst({
        where: { id: commendationId, unitId: actor.unitId, archivedAt: null },
        select: { id: true },
      }))
    )
      throw invalid({ commendationId: "Hình thức khen thưởng không có trong danh mục của đơn vị." });
    const data = {
      result: v.result,
      reason: v.reason || null,
      commendationId,
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
      },
    });
    return { id: saved.id, version: saved.version, result: saved.result };
  });
}

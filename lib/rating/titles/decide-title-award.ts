import "server-only";
// Bình xét thi đua: the BCH's result for one registered title, or "Đạt" for a filtered batch.
// Each write runs after lockOpenYear (a finalised year refuses it) and audits every row.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, invalid } from "@/lib/errors";
import { lockOpenYear } from "@/lib/rating/year";
import type { z } from "@/lib/validation";
import { candidatesFrom } from "./candidates-sql";
import type { achieveFilteredSchema, decideTitleSchema } from "./schema";

export const NOT_REGISTERED = "Chỉ đoàn viên, tập thể đã đăng ký danh hiệu này mới được bình xét.";
export const STALE = "Kết quả bình xét vừa được người khác thay đổi. Vui lòng tải lại trang.";

export async function decideTitle(v: z.output<typeof decideTitleSchema>, actor: Actor) {
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

/** "Đạt" for every candidate of the filter that has no result yet: one insert, one audit row each. */
export async function achieveFiltered(v: z.output<typeof achieveFilteredSchema>, actor: Actor) {
  return db.$transaction(
    async (tx) => {
      const r = await lockOpenYear(tx, actor.unitId, v.ratingYearId);
      const from = candidatesFrom(r.unitId, r.id, r.emulationYearId, {
        titleId: v.titleId,
        groupId: v.groupId,
        q: v.q,
        result: "none",
      });
      const open = await tx.$queryRaw<
        { registrationId: string; titleId: string }[]
      >`SELECT r.id AS "registrationId", tt."titleId" ${from}`;
      if (!open.length) throw conflict("Không còn danh hiệu nào chưa bình xét trong bộ lọc này.");
      const now = new Date();
      const created = await tx.titleAward.createManyAndReturn({
        data: open.map((o) => ({
          ratingYearId: r.id,
          registrationId: o.registrationId,
          titleId: o.titleId,
          result: "ACHIEVED" as const,
          decidedById: actor.userId,
          decidedAt: now,
        })),
        select: { id: true, registrationId: true, titleId: true },
      });
      await tx.auditLog.createMany({
        data: created.map((c) => ({
          actorUserId: actor.userId,
          action: "rating.title.achieve-all",
          entityType: "TitleAward",
          entityId: c.id,
          after: { registrationId: c.registrationId, titleId: c.titleId, result: "ACHIEVED" },
        })),
      });
      return { count: created.length };
    },
    { timeout: 60_000 },
  );
}

import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { proposableMembers } from "../scope";
import {
  AUDIT_TYPE,
  auditOverride,
  checkLimitsForSave,
  checkVisitors,
  loadVisitCategory,
  toVisitData,
  type VisitValues,
} from "./visit-fields";

/** Đề xuất: a BCH member for anyone in the unit, a tổ trưởng for the members of their tổ. */
export async function createVisit(actor: Actor, input: VisitValues) {
  const member = await db.member.findFirst({
    where: { AND: [{ id: input.memberId }, proposableMembers(actor)] },
    select: { id: true },
  });
  if (!member) throw invalid({ memberId: "Không tìm thấy đoàn viên này trong phạm vi bạn được đề xuất." });
  const category = await loadVisitCategory(actor.unitId, input.categoryId);
  const data = toVisitData(input, category.relativeApplies);
  const visitorIds = await checkVisitors(actor.unitId, input.visitorIds);
  return db.$transaction(async (tx) => {
    const limits = await checkLimitsForSave(tx, actor.unitId, member.id, data, input);
    const { check, override } = limits;
    const visit = await tx.welfareVisit.create({
      data: {
        ...data,
        ...override,
        unitId: actor.unitId,
        memberId: member.id,
        state: "PROPOSED",
        proposedById: actor.userId,
      },
    });
    if (visitorIds.length)
      await tx.welfareVisitor.createMany({
        data: visitorIds.map((memberId) => ({ visitId: visit.id, memberId })),
      });
    await writeAudit(tx, actor, {
      action: "welfare.visit.create",
      entityType: AUDIT_TYPE,
      entityId: visit.id,
      after: { ...data, ...override, memberId: member.id, visitorIds, state: "PROPOSED" },
    });
    await auditOverride(tx, actor, visit.id, limits, "propose");
    await notify(tx, { kind: "WELFARE_TO_APPROVE", visitId: visit.id });
    return { id: visit.id, warnings: check.issues.map((i) => i.message) };
  });
}

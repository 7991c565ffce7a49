import "server-only";
import { diff, writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import type { updateVisitSchema } from "../schema";
import { visitScope } from "../scope";
import { isEditable } from "../service";
import {
  AUDIT_TYPE,
  auditOverride,
  checkLimitsForSave,
  checkVisitors,
  loadVisitCategory,
  toVisitData,
} from "./visit-fields";

/** Sửa before the visit is done. The member stays the stored one; the limits are checked again. */
export async function updateVisit(actor: Actor, input: z.output<typeof updateVisitSchema>) {
  const { id, values } = input;
  const current = await db.welfareVisit.findFirst({
    where: { AND: [{ id }, visitScope(actor)] },
    include: { visitors: { select: { memberId: true } } },
  });
  if (!current) throw notFound();
  if (!isEditable(current.state))
    throw conflict("Chỉ sửa được khi thăm hỏi còn ở trạng thái đề xuất hoặc đã duyệt.");
  const category = await loadVisitCategory(actor.unitId, values.categoryId);
  const data = toVisitData(values, category.relativeApplies);
  const visitorIds = await checkVisitors(actor.unitId, values.visitorIds);
  return db.$transaction(async (tx) => {
    const limits = await checkLimitsForSave(tx, actor.unitId, current.memberId, data, values, id);
    const next = { ...data, ...limits.override };
    const change = diff(current as unknown as Record<string, unknown>, next);
    const before = current.visitors.map((x) => x.memberId).sort();
    const visitorsChanged = JSON.stringify(before) !== JSON.stringify([...visitorIds].sort());
    const saved = await tx.welfareVisit.updateMany({
      where: { id, updatedAt: current.updatedAt, state: current.state },
      data: next,
    });
    if (saved.count !== 1) throw conflict("Thăm hỏi vừa được người khác thay đổi. Vui lòng tải lại trang.");
    if (visitorsChanged) {
      await tx.welfareVisitor.deleteMany({ where: { visitId: id } });
      if (visitorIds.length)
        await tx.welfareVisitor.createMany({
          data: visitorIds.map((memberId) => ({ visitId: id, memberId })),
        });
    }
    await writeAudit(tx, actor, {
      action: "welfare.visit.update",
      entityType: AUDIT_TYPE,
      entityId: id,
      before: { ...change.before, ...(visitorsChanged && { visitorIds: before }) },
      after: { ...change.after, ...(visitorsChanged && { visitorIds }) },
    });
    await auditOverride(tx, actor, id, limits, "edit");
    return { id, warnings: limits.check.issues.map((i) => i.message) };
  });
}

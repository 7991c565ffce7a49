import "server-only";
import { diff, writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, invalid, notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { parseDateInput } from "@/lib/validation";
import { checkVisitLimits, lockMember } from "./limits";
import { parseDong, type visitFormSchema } from "./schema";
import { proposableMembers, visitScope } from "./scope";
import { isEditable, overrideErrors } from "./service";

type Values = z.output<typeof visitFormSchema>;

async function loadCategory(unitId: string, categoryId: string) {
  const category = await db.welfareCategory.findFirst({
    where: { id: categoryId, unitId, archivedAt: null, kind: { not: "NOMINATION" } },
    select: { id: true, relativeApplies: true },
  });
  if (!category) throw invalid({ categoryId: "Loại thăm hỏi không tồn tại hoặc đã ngừng dùng." });
  return category;
}

async function checkVisitors(unitId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  if (!unique.length) return unique;
  const found = await db.member.count({ where: { id: { in: unique }, unitId } });
  if (found !== unique.length) throw invalid({ visitorIds: "Người đi thăm phải là đoàn viên của đơn vị." });
  return unique;
}

function toData(v: Values, relativeApplies: boolean) {
  if (relativeApplies && (!v.relativeName || !v.relationship)) {
    throw invalid({
      ...(!v.relativeName && { relativeName: "Vui lòng nhập tên thân nhân." }),
      ...(!v.relationship && { relationship: "Vui lòng nhập quan hệ với đoàn viên." }),
    });
  }
  const visitedOn = parseDateInput(v.visitedOn);
  const eventOn = parseDateInput(v.eventOn)!;
  if (visitedOn && visitedOn < eventOn)
    throw invalid({ visitedOn: "Ngày thăm không thể trước ngày sự việc." });
  return {
    categoryId: v.categoryId,
    relativeName: relativeApplies ? v.relativeName : null,
    relationship: relativeApplies ? v.relationship : null,
    eventOn,
    visitedOn,
    amount: parseDong(v.amount)!,
    giftInKind: v.giftInKind || null,
    fund: v.fund,
    receiptNumber: v.receiptNumber || null,
    note: v.note || null,
  };
}

const AUDIT_TYPE = "WelfareVisit";

/** Đề xuất: a BCH member for anyone in the unit, a tổ trưởng for the members of their tổ. */
export async function saveNewVisit(v: Values, actor: Actor) {
  const member = await db.member.findFirst({
    where: { AND: [{ id: v.memberId }, proposableMembers(actor)] },
    select: { id: true },
  });
  if (!member) throw invalid({ memberId: "Không tìm thấy đoàn viên này trong phạm vi bạn được đề xuất." });
  const category = await loadCategory(actor.unitId, v.categoryId);
  const data = toData(v, category.relativeApplies);
  const visitorIds = await checkVisitors(actor.unitId, v.visitorIds);
  return db.$transaction(async (tx) => {
    await lockMember(tx, member.id);
    const check = await checkVisitLimits(tx, {
      unitId: actor.unitId,
      memberId: member.id,
      categoryId: data.categoryId,
      eventOn: data.eventOn,
      amount: data.amount,
    });
    const errors = overrideErrors(check, v);
    if (errors) throw invalid(errors, check.issues[0].message);
    const override = check.issues.length
      ? { overrideReason: v.overrideReason, overrideDecisionRef: v.overrideDecisionRef }
      : { overrideReason: null, overrideDecisionRef: null };
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
    if (check.issues.length) {
      await writeAudit(tx, actor, {
        action: "welfare.visit.override",
        entityType: AUDIT_TYPE,
        entityId: visit.id,
        after: { ...override, issues: check.issues.map((i) => i.message), rate: check.rate?.reference },
      });
    }
    return { id: visit.id, warnings: check.issues.map((i) => i.message) };
  });
}

/** Sửa before the visit is done. The member stays the stored one; the limits are checked again. */
export async function saveVisitEdit(id: string, v: Values, actor: Actor) {
  const current = await db.welfareVisit.findFirst({
    where: { AND: [{ id }, visitScope(actor)] },
    include: { visitors: { select: { memberId: true } } },
  });
  if (!current) throw notFound();
  if (!isEditable(current.state))
    throw conflict("Chỉ sửa được khi thăm hỏi còn ở trạng thái đề xuất hoặc đã duyệt.");
  const category = await loadCategory(actor.unitId, v.categoryId);
  const data = toData(v, category.relativeApplies);
  const visitorIds = await checkVisitors(actor.unitId, v.visitorIds);
  return db.$transaction(async (tx) => {
    await lockMember(tx, current.memberId);
    const check = await checkVisitLimits(tx, {
      unitId: actor.unitId,
      memberId: current.memberId,
      categoryId: data.categoryId,
      eventOn: data.eventOn,
      amount: data.amount,
      visitId: id,
    });
    const errors = overrideErrors(check, v);
    if (errors) throw invalid(errors, check.issues[0].message);
    const override = check.issues.length
      ? { overrideReason: v.overrideReason, overrideDecisionRef: v.overrideDecisionRef }
      : { overrideReason: null, overrideDecisionRef: null };
    const next = { ...data, ...override };
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
    if (check.issues.length) {
      await writeAudit(tx, actor, {
        action: "welfare.visit.override",
        entityType: AUDIT_TYPE,
        entityId: id,
        after: { ...override, issues: check.issues.map((i) => i.message), rate: check.rate?.reference },
      });
    }
    return { id, warnings: check.issues.map((i) => i.message) };
  });
}

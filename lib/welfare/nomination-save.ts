import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, invalid, notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { parseDateInput } from "@/lib/validation";
import { NOMINATION_STATE_LABELS } from "./labels";
import type { advanceNominationSchema, nominationSchema } from "./schema";
import { proposableMembers } from "./scope";
import { nextNominationStates } from "./service";

/** Mái ấm Công đoàn: proposed like a visit (a tổ trưởng for their tổ), but no money is paid. */
export async function saveNomination(actor: Actor, v: z.output<typeof nominationSchema>) {
  const member = await db.member.findFirst({
    where: { AND: [{ id: v.memberId }, proposableMembers(actor)] },
    select: { id: true },
  });
  if (!member) throw invalid({ memberId: "Không tìm thấy đoàn viên này trong phạm vi bạn được đề xuất." });
  const category = await db.welfareCategory.findFirst({
    where: { unitId: actor.unitId, kind: "NOMINATION", archivedAt: null },
    orderBy: { sortOrder: "asc" },
    select: { id: true },
  });
  if (!category) throw invalid({ memberId: 'Đơn vị chưa có loại "Mái ấm Công đoàn" trong danh mục.' });
  return db.$transaction(async (tx) => {
    const n = await tx.welfareNomination.create({
      data: {
        unitId: actor.unitId,
        memberId: member.id,
        categoryId: category.id,
        proposedOn: parseDateInput(v.proposedOn)!,
        situation: v.situation,
      },
    });
    await writeAudit(tx, actor, {
      action: "welfare.nomination.create",
      entityType: "WelfareNomination",
      entityId: n.id,
      after: { memberId: member.id, proposedOn: v.proposedOn, situation: v.situation },
    });
    return { id: n.id };
  });
}

export async function moveNomination(actor: Actor, v: z.output<typeof advanceNominationSchema>) {
  const n = await db.welfareNomination.findFirst({
    where: { id: v.id, unitId: actor.unitId },
    select: { id: true, state: true, decisionRef: true },
  });
  if (!n) throw notFound();
  if (!nextNominationStates(n.state).includes(v.to)) {
    throw conflict(
      `Không thể chuyển từ "${NOMINATION_STATE_LABELS[n.state]}" sang "${NOMINATION_STATE_LABELS[v.to]}".`,
    );
  }
  return db.$transaction(async (tx) => {
    const moved = await tx.welfareNomination.updateMany({
      where: { id: n.id, state: n.state },
      data: { state: v.to, decisionRef: v.decisionRef || n.decisionRef, ...(v.note && { note: v.note }) },
    });
    if (moved.count !== 1) throw conflict("Đề nghị vừa được người khác thay đổi. Vui lòng tải lại trang.");
    await writeAudit(tx, actor, {
      action: "welfare.nomination.move",
      entityType: "WelfareNomination",
      entityId: n.id,
      before: { state: n.state },
      after: { state: v.to, decisionRef: v.decisionRef || undefined, note: v.note || undefined },
    });
    return { id: n.id, state: v.to };
  });
}

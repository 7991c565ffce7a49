import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { parseDateInput } from "@/lib/validation";
import type { nominationSchema } from "../schema";
import { proposableMembers } from "../scope";

/** Mái ấm Công đoàn: proposed like a visit (a tổ trưởng for their tổ), but no money is paid. */
export async function createWelfareNomination(actor: Actor, input: z.output<typeof nominationSchema>) {
  const member = await db.member.findFirst({
    where: { AND: [{ id: input.memberId }, proposableMembers(actor)] },
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
        proposedOn: parseDateInput(input.proposedOn)!,
        situation: input.situation,
      },
    });
    await writeAudit(tx, actor, {
      action: "welfare.nomination.create",
      entityType: "WelfareNomination",
      entityId: n.id,
      after: { memberId: member.id, proposedOn: input.proposedOn, situation: input.situation },
    });
    return { id: n.id };
  });
}

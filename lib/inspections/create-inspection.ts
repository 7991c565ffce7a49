import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { parseDateInput, type z } from "@/lib/validation";
import type { createInspectionSchema } from "./schema";
import { findUbktMembers } from "./ubkt-members";

/** A planned inspection, its đoàn kiểm tra made of members of the UBKT (the first leads it). */
export async function createInspection(actor: Actor, input: z.output<typeof createInspectionSchema>) {
  const ubkt = new Set((await findUbktMembers(actor.unitId)).map((m) => m.id));
  if (!ubkt.has(input.leaderMemberId))
    throw invalid({ leaderMemberId: "Trưởng đoàn phải là thành viên UBKT." });
  const others = [...new Set(input.memberIds.filter((m) => m !== input.leaderMemberId))];
  if (others.some((m) => !ubkt.has(m)))
    throw invalid({ memberIds: "Thành viên đoàn phải là thành viên UBKT." });
  if (input.planItemId) {
    const item = await db.inspectionPlanItem.findFirst({
      where: { id: input.planItemId, unitId: actor.unitId, archivedAt: null },
      select: { id: true },
    });
    if (!item) throw invalid({ planItemId: "Nội dung kế hoạch không còn trong kế hoạch kiểm tra." });
  }
  return db.$transaction(async (tx) => {
    const i = await tx.inspection.create({
      data: {
        unitId: actor.unitId,
        planItemId: input.planItemId || null,
        year: input.year,
        subject: input.subject,
        title: input.title,
        inspectedParty: input.inspectedParty,
        periodFrom: parseDateInput(input.periodFrom)!,
        periodTo: parseDateInput(input.periodTo)!,
        team: {
          create: [
            { memberId: input.leaderMemberId, isLeader: true },
            ...others.map((memberId) => ({ memberId, isLeader: false })),
          ],
        },
      },
    });
    await writeAudit(tx, actor, {
      action: "inspection.create",
      entityType: "Inspection",
      entityId: i.id,
      after: { ...input, memberIds: others },
    });
    return { id: i.id };
  });
}

import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import type { z } from "@/lib/validation";
import type { returnAssessmentSchema } from "../schema";
import { nextAssessmentState } from "../state";

/** The tổ trưởng returns a submitted self-assessment to the member, with a reason. */
export async function returnSelfAssessment(actor: Actor, input: z.output<typeof returnAssessmentSchema>) {
  const a = await db.emulationSelfAssessment.findFirst({
    where: {
      id: input.assessmentId,
      year: { unitId: actor.unitId },
      member: { groupId: { in: actor.ledGroupIds } },
    },
  });
  if (!a) throw notFound();
  if (!nextAssessmentState(a.state, "return")) throw conflict("Chỉ trả lại được phiếu đã nộp.");
  const data = {
    state: "DRAFT" as const,
    returnedAt: new Date(),
    returnedById: actor.userId,
    returnReason: input.reason,
  };
  await db.$transaction(async (tx) => {
    const done = await tx.emulationSelfAssessment.updateMany({
      where: { id: a.id, state: "SUBMITTED" },
      data,
    });
    if (done.count !== 1) throw conflict("Phiếu vừa thay đổi. Vui lòng tải lại trang.");
    await writeAudit(tx, actor, {
      action: "emulation.assessment.return",
      entityType: "EmulationSelfAssessment",
      entityId: a.id,
      before: { state: a.state },
      after: data,
    });
    await notify(tx, { kind: "ASSESSMENT_RETURNED", assessmentId: a.id });
  });
  return { id: a.id };
}

import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, invalid } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { parseDateInput } from "@/lib/validation";
import { stepRefusal, canTakeStep } from "./labels";
import type { issueAdmissionSchema } from "./schema";

export const ADMISSION_NUMBER_TAKEN = "Số quyết định này đã được dùng cho một quyết định khác.";

/** Quyết định kết nạp đoàn viên: số, ngày and the đơn the BCH approved that it admits. */
export async function issueAdmissionDecision(actor: Actor, input: z.output<typeof issueAdmissionSchema>) {
  const ids = [...new Set(input.applicationIds)];
  const apps = await db.membershipApplication.findMany({ where: { id: { in: ids }, unitId: actor.unitId } });
  if (apps.length !== ids.length)
    throw invalid({ applicationIds: "Có đơn không thuộc đơn vị hoặc không còn tồn tại." });
  const blocked = apps.find((a) => !canTakeStep(a.status, "issue"));
  if (blocked)
    throw invalid({
      applicationIds: `${blocked.fullName}: ${stepRefusal(blocked.status, "đưa vào quyết định kết nạp")}`,
    });
  const decidedOn = parseDateInput(input.decidedOn)!;
  const early = apps.find((a) => a.decidedOn && decidedOn < a.decidedOn);
  if (early)
    throw invalid({
      decidedOn: `Ngày quyết định không thể trước ngày BCH đồng ý kết nạp ${early.fullName}.`,
    });
  const number = input.number.replace(/\s+/g, " ");
  const taken = await db.admissionDecision.findFirst({ where: { unitId: actor.unitId, number } });
  if (taken) throw invalid({ number: ADMISSION_NUMBER_TAKEN });
  const decision = await db.$transaction(async (tx) => {
    const d = await tx.admissionDecision.create({
      data: { unitId: actor.unitId, number, decidedOn, createdById: actor.userId },
    });
    const moved = await tx.membershipApplication.updateMany({
      where: { id: { in: ids }, status: "APPROVED", admissionId: null },
      data: { status: "DECIDED", admissionId: d.id },
    });
    if (moved.count !== ids.length)
      throw conflict("Có đơn vừa được thay đổi. Vui lòng tải lại trang và thử lại.");
    await writeAudit(tx, actor, {
      action: "admission.issue",
      entityType: "AdmissionDecision",
      entityId: d.id,
      after: { number, decidedOn, applicationIds: ids },
    });
    return d;
  });
  return { id: decision.id };
}

import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { openYearOf } from "../registration";
import type { allowLateSchema } from "../schema";

/** After the deadline, the BCH lets one member (or tổ) still register; who and when are kept. */
export async function allowLateRegistration(actor: Actor, input: z.output<typeof allowLateSchema>) {
  const year = await openYearOf(actor, input.yearId);
  const subject = input.memberId
    ? await db.member.findFirst({ where: { id: input.memberId, unitId: actor.unitId }, select: { id: true } })
    : await db.group.findFirst({ where: { id: input.groupId, unitId: actor.unitId }, select: { id: true } });
  if (!subject) throw notFound();
  const subjectKey = input.memberId ? `m:${subject.id}` : `g:${subject.id}`;
  const current = await db.emulationRegistration.findUnique({
    where: { yearId_subjectKey: { yearId: year.id, subjectKey } },
  });
  if (current?.firstSubmittedAt)
    throw conflict("Bản đăng ký này đã được gửi, không cần cho phép đăng ký muộn.");
  if (current?.lateAllowedAt) throw conflict("Đã cho phép đăng ký muộn từ trước.");
  const late = { lateAllowedAt: new Date(), lateAllowedById: actor.userId };
  return db.$transaction(async (tx) => {
    const reg = current
      ? await tx.emulationRegistration.update({ where: { id: current.id }, data: late })
      : await tx.emulationRegistration.create({
          data: {
            ...late,
            yearId: year.id,
            subjectKey,
            memberId: input.memberId || null,
            groupId: input.groupId || null,
            titleIds: [],
            movementIds: [],
          },
        });
    await writeAudit(tx, actor, {
      action: "emulation.registration.allow-late",
      entityType: "EmulationRegistration",
      entityId: reg.id,
      after: late,
    });
    return { id: reg.id };
  });
}

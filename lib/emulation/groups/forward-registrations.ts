import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { z } from "@/lib/validation";
import { openYearOf, registrationAudit } from "../registration";
import type { forwardSchema } from "../schema";

/** The tổ trưởng forwards the tổ's submitted registrations (some, or all when none are named) to the BCH. */
export async function forwardRegistrations(actor: Actor, input: z.output<typeof forwardSchema>) {
  if (!actor.ledGroupIds.includes(input.groupId)) throw notFound();
  const year = await openYearOf(actor, input.yearId);
  const where: Prisma.EmulationRegistrationWhereInput = {
    yearId: year.id,
    state: "SUBMITTED",
    member: { groupId: input.groupId, unitId: actor.unitId },
    ...(input.registrationIds.length ? { id: { in: input.registrationIds } } : {}),
  };
  return db.$transaction(async (tx) => {
    const rows = await tx.emulationRegistration.findMany({ where, select: { id: true } });
    if (
      !rows.length ||
      (input.registrationIds.length && rows.length !== new Set(input.registrationIds).size)
    ) {
      throw conflict("Không có bản đăng ký nào đang chờ chuyển, hoặc có bản không thuộc tổ của bạn.");
    }
    const ids = rows.map((r) => r.id);
    const now = new Date();
    const done = await tx.emulationRegistration.updateMany({
      where: { id: { in: ids }, state: "SUBMITTED" },
      data: { state: "FORWARDED", forwardedAt: now, forwardedById: actor.userId },
    });
    if (done.count !== ids.length) throw conflict("Danh sách vừa thay đổi. Vui lòng tải lại trang.");
    await tx.auditLog.createMany({
      data: ids.map((id) =>
        registrationAudit(actor, "emulation.registration.forward", id, "SUBMITTED", { state: "FORWARDED" }),
      ),
    });
    return { count: ids.length };
  });
}

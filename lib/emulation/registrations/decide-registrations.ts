import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/notify";
import type { z } from "@/lib/validation";
import { openYearOf, PENDING, registrationAudit } from "../registration";
import type { decideSchema } from "../schema";

/** The members of a tổ (of the actor's unit) and the tổ itself, as registration subject keys. */
async function subjectKeysOf(actor: Actor, groupId: string) {
  const members = await db.member.findMany({
    where: { groupId, unitId: actor.unitId },
    select: { id: true },
  });
  return [...members.map((m) => `m:${m.id}`), `g:${groupId}`];
}

/**
 * The BCH approves or returns members' and tổ' registrations (/emulation/registrations), singly or in bulk: one transaction, one set-based
 * update and one audit row per registration (createMany), whatever the number.
 */
export async function decideRegistrations(actor: Actor, input: z.output<typeof decideSchema>) {
  const year = await openYearOf(actor, input.yearId);
  const where: Prisma.EmulationRegistrationWhereInput = {
    yearId: year.id,
    state: { in: [...PENDING] },
    ...(input.registrationIds.length ? { id: { in: input.registrationIds } } : {}),
    // A tổ's registrations by their keys (the unique index), not through a join on Member.
    ...(input.groupId ? { subjectKey: { in: await subjectKeysOf(actor, input.groupId) } } : {}),
  };
  const to = input.decision === "APPROVE" ? "APPROVED" : "RETURNED";
  return db.$transaction(async (tx) => {
    const rows = await tx.emulationRegistration.findMany({ where, select: { id: true, state: true } });
    if (!rows.length) throw conflict("Không có bản đăng ký nào đang chờ duyệt trong lựa chọn này.");
    if (input.registrationIds.length && rows.length !== new Set(input.registrationIds).size) {
      throw conflict("Có bản đăng ký đã được xử lý hoặc không tìm thấy. Vui lòng tải lại trang.");
    }
    const ids = rows.map((r) => r.id);
    const data = {
      state: to,
      decidedAt: new Date(),
      decidedById: actor.userId,
      returnReason: to === "RETURNED" ? input.reason : null,
    } as const;
    const done = await tx.emulationRegistration.updateMany({
      where: { id: { in: ids }, state: { in: [...PENDING] } },
      data,
    });
    if (done.count !== ids.length) throw conflict("Danh sách vừa thay đổi. Vui lòng tải lại trang.");
    const action = to === "APPROVED" ? "emulation.registration.approve" : "emulation.registration.return";
    const after = to === "APPROVED" ? { state: to } : { state: to, returnReason: input.reason };
    await tx.auditLog.createMany({
      data: rows.map((r) => registrationAudit(actor, action, r.id, r.state, after)),
    });
    if (to === "RETURNED") await notify(tx, { kind: "REGISTRATION_RETURNED", registrationIds: ids });
    return { count: ids.length, state: to };
  });
}

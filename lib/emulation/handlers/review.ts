import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { z } from "@/lib/validation";
import type { allowLateSchema, decideSchema, forwardSchema } from "../schema";

const PENDING = ["SUBMITTED", "FORWARDED"] as const;

async function yearOf(actor: Actor, yearId: string) {
  const year = await db.emulationYear.findFirst({
    where: { id: yearId, unitId: actor.unitId },
    select: { id: true, status: true, year: true },
  });
  if (!year) throw notFound();
  if (year.status !== "OPEN") throw conflict(`Năm thi đua ${year.year} đã khóa.`);
  return year;
}

/** The tổ trưởng forwards the tổ's submitted registrations (some, or all when none are named) to the BCH. */
export async function forwardRegistrations(v: z.output<typeof forwardSchema>, actor: Actor) {
  if (!actor.ledGroupIds.includes(v.groupId)) throw notFound();
  const year = await yearOf(actor, v.yearId);
  const where: Prisma.EmulationRegistrationWhereInput = {
    yearId: year.id,
    state: "SUBMITTED",
    member: { groupId: v.groupId, unitId: actor.unitId },
    ...(v.registrationIds.length ? { id: { in: v.registrationIds } } : {}),
  };
  return db.$transaction(async (tx) => {
    const rows = await tx.emulationRegistration.findMany({ where, select: { id: true } });
    if (!rows.length || (v.registrationIds.length && rows.length !== new Set(v.registrationIds).size)) {
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
        audit(actor, "emulation.registration.forward", id, "SUBMITTED", { state: "FORWARDED" }),
      ),
    });
    return { count: ids.length };
  });
}

function audit(
  actor: Actor,
  action: string,
  entityId: string,
  before: string,
  after: Record<string, unknown>,
) {
  return {
    actorUserId: actor.userId,
    action,
    entityType: "EmulationRegistration",
    entityId,
    before: { state: before },
    after: after as Prisma.InputJsonObject,
  };
}

/** The members of a tổ (of the actor's unit) and the tổ itself, as registration subject keys. */
async function subjectKeysOf(actor: Actor, groupId: string) {
  const members = await db.member.findMany({
    where: { groupId, unitId: actor.unitId },
    select: { id: true },
  });
  return [...members.map((m) => `m:${m.id}`), `g:${groupId}`];
}

/**
 * The BCH approves or returns registrations, singly or in bulk: one transaction, one set-based
 * update and one audit row per registration (createMany), whatever the number.
 */
export async function decideRegistrations(v: z.output<typeof decideSchema>, actor: Actor) {
  const year = await yearOf(actor, v.yearId);
  const where: Prisma.EmulationRegistrationWhereInput = {
    yearId: year.id,
    state: { in: [...PENDING] },
    ...(v.registrationIds.length ? { id: { in: v.registrationIds } } : {}),
    // A tổ's registrations by their keys (the unique index), not through a join on Member.
    ...(v.groupId ? { subjectKey: { in: await subjectKeysOf(actor, v.groupId) } } : {}),
  };
  const to = v.decision === "APPROVE" ? "APPROVED" : "RETURNED";
  return db.$transaction(async (tx) => {
    const rows = await tx.emulationRegistration.findMany({ where, select: { id: true, state: true } });
    if (!rows.length) throw conflict("Không có bản đăng ký nào đang chờ duyệt trong lựa chọn này.");
    if (v.registrationIds.length && rows.length !== new Set(v.registrationIds).size) {
      throw conflict("Có bản đăng ký đã được xử lý hoặc không tìm thấy. Vui lòng tải lại trang.");
    }
    const ids = rows.map((r) => r.id);
    const data = {
      state: to,
      decidedAt: new Date(),
      decidedById: actor.userId,
      returnReason: to === "RETURNED" ? v.reason : null,
    } as const;
    const done = await tx.emulationRegistration.updateMany({
      where: { id: { in: ids }, state: { in: [...PENDING] } },
      data,
    });
    if (done.count !== ids.length) throw conflict("Danh sách vừa thay đổi. Vui lòng tải lại trang.");
    const action = to === "APPROVED" ? "emulation.registration.approve" : "emulation.registration.return";
    const after = to === "APPROVED" ? { state: to } : { state: to, returnReason: v.reason };
    await tx.auditLog.createMany({ data: rows.map((r) => audit(actor, action, r.id, r.state, after)) });
    return { count: ids.length, state: to };
  });
}

/** After the deadline, the BCH lets one member (or tổ) still register; who and when are kept. */
export async function allowLateRegistration(v: z.output<typeof allowLateSchema>, actor: Actor) {
  const year = await yearOf(actor, v.yearId);
  const subject = v.memberId
    ? await db.member.findFirst({ where: { id: v.memberId, unitId: actor.unitId }, select: { id: true } })
    : await db.group.findFirst({ where: { id: v.groupId, unitId: actor.unitId }, select: { id: true } });
  if (!subject) throw notFound();
  const subjectKey = v.memberId ? `m:${subject.id}` : `g:${subject.id}`;
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
            memberId: v.memberId || null,
            groupId: v.groupId || null,
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

// What a member's and a tổ's registration share (lib/emulation/me/save-own-registration.ts and
// lib/emulation/groups/save-group-registration.ts), and the year and audit rows of the BCH's and
// the tổ trưởng's decisions on registrations.
import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { conflict, invalid, notFound } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { z } from "@/lib/validation";
import type { registrationSchema } from "./schema";
import { mayFirstSubmit, nextRegistrationState } from "./state";

type Input = z.output<typeof registrationSchema>;
export type RegistrationSubject =
  { kind: "member"; memberId: string; gender: "MALE" | "FEMALE" } | { kind: "group"; groupId: string };

export const FEMALE_ONLY_MESSAGE = "chỉ dành cho nữ đoàn viên.";

/** Titles and movements must be live entries of the unit, of the right scope, and open to this subject. */
async function checkChoices(unitId: string, v: Input, subject: RegistrationSubject) {
  const scope = subject.kind === "member" ? "INDIVIDUAL" : "COLLECTIVE";
  const [titles, movements] = await Promise.all([
    db.emulationTitle.findMany({
      where: { id: { in: v.titleIds }, unitId, archivedAt: null, scope },
      select: { name: true, eligibility: true },
    }),
    db.emulationMovement.findMany({
      where: { id: { in: v.movementIds }, unitId, archivedAt: null },
      select: { name: true, eligibility: true },
    }),
  ]);
  if (titles.length !== new Set(v.titleIds).size)
    throw invalid({ titleIds: "Có danh hiệu không còn trong danh mục. Vui lòng tải lại trang." });
  if (movements.length !== new Set(v.movementIds).size)
    throw invalid({ movementIds: "Có phong trào không còn trong danh mục. Vui lòng tải lại trang." });
  const male = subject.kind === "member" && subject.gender === "MALE";
  const title = titles.find((t) => t.eligibility === "FEMALE_ONLY");
  if (male && title) throw invalid({ titleIds: `"${title.name}" ${FEMALE_ONLY_MESSAGE}` });
  const movement = movements.find((m) => m.eligibility === "FEMALE_ONLY");
  if (male && movement) throw invalid({ movementIds: `"${movement.name}" ${FEMALE_ONLY_MESSAGE}` });
}

/** Creates or edits a registration (Chưa gửi / Từ chối), and submits it when asked: a member's or a tổ's. */
export async function writeRegistration(actor: Actor, v: Input, subject: RegistrationSubject) {
  const year = await db.emulationYear.findFirst({
    where: { id: v.yearId, unitId: actor.unitId },
    select: { id: true, year: true, status: true, registrationDeadline: true },
  });
  if (!year) throw notFound();
  if (year.status !== "OPEN") throw conflict(`Năm thi đua ${year.year} đã khóa.`);
  await checkChoices(actor.unitId, v, subject);
  const subjectKey = subject.kind === "member" ? `m:${subject.memberId}` : `g:${subject.groupId}`;
  const current = await db.emulationRegistration.findUnique({
    where: { yearId_subjectKey: { yearId: year.id, subjectKey } },
  });
  const from = current?.state ?? "DRAFT";
  const to = nextRegistrationState(from, v.intent === "submit" ? "submit" : "edit");
  if (!to)
    throw conflict(
      "Bản đăng ký đã gửi nên không sửa được nữa. Nếu cần sửa, hãy đề nghị Ban Chấp hành trả lại.",
    );
  const now = new Date();
  if (
    v.intent === "submit" &&
    !mayFirstSubmit(
      current ?? { firstSubmittedAt: null, lateAllowedAt: null },
      clock.today(),
      year.registrationDeadline,
    )
  ) {
    throw conflict(
      `Đã quá hạn đăng ký (${formatDate(year.registrationDeadline)}). Hãy đề nghị Ban Chấp hành cho phép đăng ký muộn.`,
    );
  }
  const data = {
    state: to,
    titleIds: [...new Set(v.titleIds)],
    movementIds: [...new Set(v.movementIds)],
    ...(v.intent === "submit"
      ? { submittedAt: now, firstSubmittedAt: current?.firstSubmittedAt ?? now }
      : {}),
  };
  return db.$transaction(async (tx) => {
    const reg = current
      ? await tx.emulationRegistration.update({
          where: { id: current.id, updatedAt: current.updatedAt },
          data,
        })
      : await tx.emulationRegistration.create({
          data: {
            ...data,
            yearId: year.id,
            subjectKey,
            memberId: subject.kind === "member" ? subject.memberId : null,
            groupId: subject.kind === "group" ? subject.groupId : null,
          },
        });
    await tx.emulationCommitment.deleteMany({ where: { registrationId: reg.id } });
    await tx.emulationCommitment.createMany({
      data: v.commitments.map((c, i) => ({
        registrationId: reg.id,
        position: i + 1,
        kind: c.kind,
        content: c.content,
        target: c.target || null,
      })),
    });
    await writeAudit(tx, actor, {
      action: v.intent === "submit" ? "emulation.registration.submit" : "emulation.registration.save",
      entityType: "EmulationRegistration",
      entityId: reg.id,
      before: current
        ? { state: current.state, titleIds: current.titleIds, movementIds: current.movementIds }
        : null,
      after: {
        state: reg.state,
        titleIds: reg.titleIds,
        movementIds: reg.movementIds,
        commitments: v.commitments,
      },
    });
    return { id: reg.id, state: reg.state };
  });
}

/** Registrations waiting for the BCH: sent by the member, or forwarded by the tổ trưởng. */
export const PENDING = ["SUBMITTED", "FORWARDED"] as const;

/** The year, of the actor's unit, still open for registrations and decisions. */
export async function openYearOf(actor: Actor, yearId: string) {
  const year = await db.emulationYear.findFirst({
    where: { id: yearId, unitId: actor.unitId },
    select: { id: true, status: true, year: true },
  });
  if (!year) throw notFound();
  if (year.status !== "OPEN") throw conflict(`Năm thi đua ${year.year} đã khóa.`);
  return year;
}

/** One audit row on a registration, for createMany. */
export function registrationAudit(
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

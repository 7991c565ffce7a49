import "server-only";
// A dated salary change (a raise from 01/7 prices the dues from 01/7). The first change writes the
// member's current salary as the history's first row, so the months before keep their price. Used
// by the dues screen (setMemberSalary) and by the member form (lib/members/update-member.ts).
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { parseDateInput } from "@/lib/validation";
import type { memberSalarySchema } from "./schema";

/** The first day of history when it began before anyone recorded a date. */
export const SALARY_SINCE_ALWAYS = new Date("1900-01-01T00:00:00.000Z");

export async function setMemberSalary(actor: Actor, input: z.output<typeof memberSalarySchema>) {
  const member = await db.member.findFirst({
    where: { id: input.memberId, unitId: actor.unitId },
    select: { id: true, insuranceSalary: true },
  });
  if (!member) throw notFound();
  const from = parseDateInput(input.effectiveFrom)!;
  return db.$transaction(async (tx) => {
    const { row, inForce } = await writeDatedSalary(tx, {
      memberId: member.id,
      previous: member.insuranceSalary,
      from,
      bhxhSalary: input.bhxhSalary,
      netSalary: input.netSalary,
      actorUserId: actor.userId,
    });
    // The member's field is today's salary: the form and the member list keep showing it.
    if (inForce !== member.insuranceSalary)
      await tx.member.update({
        where: { id: member.id },
        data: { insuranceSalary: inForce, version: { increment: 1 } },
      });
    await writeAudit(tx, actor, {
      action: "dues.salary.set",
      entityType: "Member",
      entityId: member.id,
      after: { effectiveFrom: input.effectiveFrom, bhxhSalary: input.bhxhSalary, netSalary: input.netSalary },
    });
    return row;
  });
}

/**
 * Writes the salary from `from` (the history's first row first, when there is none) and answers
 * the BHXH salary in force today, which the member's own field shows. `netSalary` undefined keeps
 * the net salary in force on `from`.
 */
export async function writeDatedSalary(
  tx: Tx,
  s: {
    memberId: string;
    previous: number | null;
    from: Date;
    bhxhSalary: number | null;
    netSalary?: number | null;
    actorUserId: string | null;
  },
) {
  await ensureSalaryHistory(tx, s.memberId, s.previous, s.actorUserId);
  const netSalary =
    s.netSalary !== undefined
      ? s.netSalary
      : ((
          await tx.memberSalary.findFirst({
            where: { memberId: s.memberId, effectiveFrom: { lte: s.from } },
            orderBy: { effectiveFrom: "desc" },
            select: { netSalary: true },
          })
        )?.netSalary ?? null);
  const row = await tx.memberSalary.upsert({
    where: { memberId_effectiveFrom: { memberId: s.memberId, effectiveFrom: s.from } },
    create: {
      memberId: s.memberId,
      effectiveFrom: s.from,
      bhxhSalary: s.bhxhSalary,
      netSalary,
      createdById: s.actorUserId,
    },
    update: { bhxhSalary: s.bhxhSalary, netSalary },
    select: { id: true },
  });
  const current = await tx.memberSalary.findFirst({
    where: { memberId: s.memberId, effectiveFrom: { lte: clock.today() } },
    orderBy: { effectiveFrom: "desc" },
    select: { bhxhSalary: true },
  });
  return { row, inForce: current ? current.bhxhSalary : s.previous };
}

/** Writes today's salary as the first row of a member's history when there is none yet. */
export async function ensureSalaryHistory(
  tx: Tx,
  memberId: string,
  salary: number | null,
  actorUserId: string | null,
) {
  const any = await tx.memberSalary.findFirst({ where: { memberId }, select: { id: true } });
  if (any) return;
  await tx.memberSalary.create({
    data: { memberId, effectiveFrom: SALARY_SINCE_ALWAYS, bhxhSalary: salary, createdById: actorUserId },
  });
}

import "server-only";
// A dated salary change (a raise from 01/7 prices the dues from 01/7). The first change writes the
// member's current salary as the history's first row, so the months before keep their price.
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
    await ensureSalaryHistory(tx, member.id, member.insuranceSalary, actor.userId);
    const row = await tx.memberSalary.upsert({
      where: { memberId_effectiveFrom: { memberId: member.id, effectiveFrom: from } },
      create: {
        memberId: member.id,
        effectiveFrom: from,
        bhxhSalary: input.bhxhSalary,
        netSalary: input.netSalary,
        createdById: actor.userId,
      },
      update: { bhxhSalary: input.bhxhSalary, netSalary: input.netSalary },
      select: { id: true },
    });
    // The member's field is today's salary: the form and the member list keep showing it.
    const current = await tx.memberSalary.findFirst({
      where: { memberId: member.id, effectiveFrom: { lte: clock.today() } },
      orderBy: { effectiveFrom: "desc" },
      select: { bhxhSalary: true },
    });
    if (current && current.bhxhSalary !== member.insuranceSalary)
      await tx.member.update({
        where: { id: member.id },
        data: { insuranceSalary: current.bhxhSalary, version: { increment: 1 } },
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

import "server-only";
import { diff, writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { nextSalaryDay } from "@/lib/finance/dues/salary-day";
import { writeDatedSalary } from "@/lib/finance/dues/set-member-salary";
import { toDateInput } from "@/lib/format";
import { parseDateInput } from "@/lib/validation";
import { toMemberData } from "./mapping";
import { STALE_MEMBER_MESSAGE, type UpdateMemberInput } from "./schema";
import { memberScope } from "./scope";

/**
 * Edits the record. Moving between tổ is a dated event of its own (changeMemberStatus). A new BHXH
 * salary is dated too: it applies from the form's "áp dụng từ" (default the first of next month),
 * the months before keep the old one (MemberSalary); the record shows the salary in force today.
 */
export async function updateMember(actor: Actor, { id, version, values }: UpdateMemberInput) {
  const current = await db.member.findFirst({ where: { AND: [{ id }, memberScope(actor)] } });
  if (!current) throw notFound();
  // Optimistic locking: the form was loaded at `version`; anything saved since wins, nothing is overwritten.
  if (current.version !== version) throw conflict(STALE_MEMBER_MESSAGE);
  const { groupId: _ignored, insuranceSalary, ...data } = toMemberData(values);
  const salaryFrom =
    insuranceSalary !== current.insuranceSalary
      ? (parseDateInput(values.salaryFrom ?? "") ?? nextSalaryDay())
      : null;
  const change = diff(current as unknown as Record<string, unknown>, data);
  if (change.changed || salaryFrom) {
    await db.$transaction(async (tx) => {
      let inForce = current.insuranceSalary;
      if (salaryFrom)
        inForce = (
          await writeDatedSalary(tx, {
            memberId: id,
            previous: current.insuranceSalary,
            from: salaryFrom,
            bhxhSalary: insuranceSalary,
            actorUserId: actor.userId,
          })
        ).inForce;
      // Re-checked in the UPDATE itself: of two saves at the same version, the second matches nothing.
      const saved = await tx.member.updateMany({
        where: { id, version },
        data: { ...data, insuranceSalary: inForce, version: { increment: 1 } },
      });
      if (saved.count !== 1) throw conflict(STALE_MEMBER_MESSAGE);
      await writeAudit(tx, actor, {
        action: "member.update",
        entityType: "Member",
        entityId: id,
        before: { ...change.before, ...(salaryFrom ? { insuranceSalary: current.insuranceSalary } : {}) },
        after: {
          ...change.after,
          ...(salaryFrom ? { insuranceSalary, salaryFrom: toDateInput(salaryFrom) } : {}),
        },
      });
    });
  }
  return { id };
}

import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { toSearchText } from "@/lib/format";
import { parseDateInput } from "@/lib/validation";
import { assertGroupInUnit } from "../assert-group-in-unit";
import type { SubmitApplicationData } from "./schema";

const orNull = (v: string) => (v === "" ? null : v);

/** Ghi nhận đơn gia nhập: the applicant's details, the day of the đơn and who introduced them. */
export async function submitApplication(actor: Actor, v: SubmitApplicationData) {
  await assertGroupInUnit(v.groupId, actor.unitId);
  const data = {
    unitId: actor.unitId,
    fullName: v.fullName.replace(/\s+/g, " "),
    gender: v.gender,
    dateOfBirth: parseDateInput(v.dateOfBirth),
    phone: orNull(v.phone.replace(/[\s.]/g, "")),
    email: orNull(v.email.toLowerCase()),
    jobTitle: orNull(v.jobTitle),
    department: orNull(v.department),
    groupId: v.groupId,
    appliedOn: parseDateInput(v.appliedOn)!,
    introducedBy: orNull(v.introducedBy),
    createdById: actor.userId,
  };
  const app = await db.$transaction(async (tx) => {
    const row = await tx.membershipApplication.create({ data });
    await writeAudit(tx, actor, {
      action: "application.submit",
      entityType: "MembershipApplication",
      entityId: row.id,
      after: { ...data, searchName: toSearchText(data.fullName) },
    });
    return row;
  });
  return { id: app.id };
}

import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, invalid, notFound } from "@/lib/errors";
import { toDateInput } from "@/lib/format";
import type { z } from "@/lib/validation";
import { parseDateInput } from "@/lib/validation";
import { assertGroupInUnit } from "../assert-group-in-unit";
import { admitMember } from "../create-member";
import type { MemberFormData } from "../schema";
import type { recordCeremonySchema } from "./schema";

/**
 * Lễ kết nạp held: every person the quyết định names becomes a member on that day, through the
 * same admission as "Thêm đoàn viên" (lib/members/create-member.ts: record, tổ, ADMITTED event).
 */
export async function recordAdmissionCeremony(actor: Actor, input: z.output<typeof recordCeremonySchema>) {
  const decision = await db.admissionDecision.findFirst({
    where: { id: input.admissionId, unitId: actor.unitId },
    include: { applications: { where: { status: "DECIDED" }, orderBy: { fullName: "asc" } } },
  });
  if (!decision) throw notFound();
  if (decision.ceremonyOn) throw invalid({ ceremonyOn: "Lễ kết nạp của quyết định này đã được ghi nhận." });
  if (!decision.applications.length)
    throw invalid({ ceremonyOn: "Quyết định không còn người nào chờ kết nạp." });
  const ceremonyOn = parseDateInput(input.ceremonyOn)!;
  if (ceremonyOn < decision.decidedOn)
    throw invalid({ ceremonyOn: "Ngày lễ kết nạp không thể trước ngày quyết định." });
  for (const a of decision.applications) await assertGroupInUnit(a.groupId, actor.unitId, "ceremonyOn");
  const memberIds = await db.$transaction(async (tx) => {
    const claimed = await tx.admissionDecision.updateMany({
      where: { id: decision.id, ceremonyOn: null },
      data: { ceremonyOn },
    });
    if (claimed.count !== 1)
      throw conflict("Quyết định vừa được thay đổi. Vui lòng tải lại trang và thử lại.");
    const ids: string[] = [];
    for (const a of decision.applications) {
      const m = await admitMember(tx, actor, memberValues(a, input.ceremonyOn), {
        applicationId: a.id,
        admissionNumber: decision.number,
      });
      const done = await tx.membershipApplication.updateMany({
        where: { id: a.id, status: "DECIDED" },
        data: { status: "ADMITTED", memberId: m.id },
      });
      if (done.count !== 1) throw conflict("Có đơn vừa được thay đổi. Vui lòng tải lại trang và thử lại.");
      ids.push(m.id);
    }
    await writeAudit(tx, actor, {
      action: "admission.ceremony",
      entityType: "AdmissionDecision",
      entityId: decision.id,
      after: { ceremonyOn: input.ceremonyOn, memberIds: ids },
    });
    return ids;
  });
  return { id: decision.id, memberIds };
}

type Application = Awaited<ReturnType<typeof db.membershipApplication.findFirstOrThrow>>;

/** The đơn's details as the member form's values; the day of the lễ kết nạp is the ngày vào công đoàn. */
function memberValues(a: Application, ceremonyOn: string): MemberFormData {
  return {
    fullName: a.fullName,
    gender: a.gender,
    dateOfBirth: toDateInput(a.dateOfBirth),
    idNumber: "",
    hometown: "",
    ethnicity: "",
    phone: a.phone ?? "",
    email: a.email ?? "",
    jobTitle: a.jobTitle ?? "",
    department: a.department ?? "",
    qualification: "",
    isPartyMember: false,
    partyJoinedOn: "",
    contractType: "",
    cardNumber: "",
    joinedUnionOn: ceremonyOn,
    insuranceSalary: "",
    groupId: a.groupId,
    note: "",
  };
}

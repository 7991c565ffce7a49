import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import { assertGroupInUnit } from "./assert-group-in-unit";
import { toMemberData } from "./mapping";
import type { MemberFormData } from "./schema";

/** Kết nạp: a new member, with the admission as the first dated event. */
export async function createMember(actor: Actor, values: MemberFormData) {
  await assertGroupInUnit(values.groupId, actor.unitId);
  const member = await db.$transaction((tx) => admitMember(tx, actor, values));
  return { id: member.id };
}

/**
 * The one way a member comes into being (the "Thêm đoàn viên" form and the lễ kết nạp of
 * lib/members/applications alike): the record, the tổ membership from the day of admission and
 * the ADMITTED event on that day, audited, inside the caller's transaction.
 */
export async function admitMember(
  tx: Tx,
  actor: Actor,
  values: MemberFormData,
  note?: Record<string, unknown>,
) {
  const data = toMemberData(values);
  const m = await tx.member.create({ data: { ...data, unitId: actor.unitId } });
  const on = m.joinedUnionOn ?? clock.today();
  await tx.groupMembership.create({ data: { memberId: m.id, groupId: m.groupId, startOn: on } });
  await tx.memberEvent.create({
    data: {
      memberId: m.id,
      type: "ADMITTED",
      effectiveOn: on,
      toGroupId: m.groupId,
      createdById: actor.userId,
    },
  });
  await writeAudit(tx, actor, {
    action: "member.create",
    entityType: "Member",
    entityId: m.id,
    after: { ...data, ...note },
  });
  return m;
}

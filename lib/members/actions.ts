"use server";
import { revalidatePath } from "next/cache";
import { legacyAction } from "@/lib/action";
import { diff, writeAudit } from "@/lib/audit/log";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { conflict, invalid, notFound } from "@/lib/errors";
import { dayBefore, endGroupOffices, endMemberOffices } from "@/lib/groups/offices";
import { parseDateInput } from "@/lib/validation";
import { EVENT_LABELS, STATUS_LABELS } from "./labels";
import { toMemberData } from "./mapping";
import {
  contactSchema,
  createMemberSchema,
  lifecycleSchema,
  STALE_MEMBER_MESSAGE,
  updateMemberSchema,
} from "./schema";
import { memberScope } from "./scope";
import { canApply, endsMembership, needsTargetGroup, statusAfter } from "./service";

const uniqueFields = { cardNumber: "Số thẻ đoàn viên này đã được dùng cho một đoàn viên khác." };

async function assertGroupInUnit(groupId: string, unitId: string, field = "groupId") {
  const group = await db.group.findFirst({
    where: { id: groupId, unitId, archivedAt: null },
    select: { id: true },
  });
  if (!group) throw invalid({ [field]: "Tổ công đoàn không tồn tại." });
}

/** Kết nạp: a new member, with the admission as the first dated event. */
export const createMember = legacyAction(
  { name: "member.create", permission: "members.write", schema: createMemberSchema, uniqueFields },
  async (values, actor) => {
    await assertGroupInUnit(values.groupId, actor.unitId);
    const data = toMemberData(values);
    const member = await db.$transaction(async (tx) => {
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
        after: data,
      });
      return m;
    });
    revalidatePath("/members");
    return { id: member.id };
  },
);

/** Edits the record. Moving between tổ is a dated event of its own (changeMemberStatus). */
export const updateMember = legacyAction(
  { name: "member.update", permission: "members.write", schema: updateMemberSchema, uniqueFields },
  async ({ id, version, values }, actor) => {
    const current = await db.member.findFirst({ where: { AND: [{ id }, memberScope(actor)] } });
    if (!current) throw notFound();
    // Optimistic locking: the form was loaded at `version`; anything saved since wins, nothing is overwritten.
    if (current.version !== version) throw conflict(STALE_MEMBER_MESSAGE);
    const { groupId: _ignored, ...data } = toMemberData(values);
    const change = diff(current as unknown as Record<string, unknown>, data);
    if (change.changed) {
      await db.$transaction(async (tx) => {
        // Re-checked in the UPDATE itself: of two saves at the same version, the second matches nothing.
        const saved = await tx.member.updateMany({
          where: { id, version },
          data: { ...data, version: { increment: 1 } },
        });
        if (saved.count !== 1) throw conflict(STALE_MEMBER_MESSAGE);
        await writeAudit(tx, actor, {
          action: "member.update",
          entityType: "Member",
          entityId: id,
          before: change.before,
          after: change.after,
        });
      });
    }
    revalidatePath(`/members/${id}`);
    return { id };
  },
);

/** A dated lifecycle event: chuyển tổ, chuyển sinh hoạt đi/đến, tạm dừng, thôi sinh hoạt, nghỉ hưu, khai trừ. */
export const changeMemberStatus = legacyAction(
  { name: "member.lifecycle", permission: "members.write", schema: lifecycleSchema },
  async (input, actor) => {
    const member = await db.member.findFirst({
      where: { AND: [{ id: input.memberId }, memberScope(actor)] },
    });
    if (!member) throw notFound();
    if (!canApply(member.status, input.event)) {
      throw invalid({
        event: `Không thể "${EVENT_LABELS[input.event]}" khi đoàn viên đang ở trạng thái "${STATUS_LABELS[member.status]}".`,
      });
    }
    const on = parseDateInput(input.effectiveOn)!;
    const toGroupId = needsTargetGroup(input.event) ? input.toGroupId! : null;
    if (toGroupId) {
      await assertGroupInUnit(toGroupId, actor.unitId, "toGroupId");
      if (input.event === "GROUP_CHANGED" && toGroupId === member.groupId)
        throw invalid({ toGroupId: "Đoàn viên đã ở tổ này." });
    }
    const status = statusAfter(member.status, input.event);
    const last = await db.memberEvent.findFirst({
      where: { memberId: member.id },
      orderBy: { effectiveOn: "desc" },
      select: { effectiveOn: true },
    });
    if (last && on < last.effectiveOn)
      throw invalid({ effectiveOn: "Ngày hiệu lực không thể trước sự kiện gần nhất của đoàn viên." });
    await db.$transaction(async (tx) => {
      // Optimistic check on the row read above: a concurrent event makes this match nothing.
      const claimed = await tx.member.updateMany({
        where: { id: member.id, updatedAt: member.updatedAt },
        data: { status, groupId: toGroupId ?? member.groupId },
      });
      if (claimed.count !== 1)
        throw conflict("Hồ sơ đoàn viên vừa được thay đổi. Vui lòng tải lại trang và thử lại.");
      if (toGroupId || endsMembership(input.event)) {
        await tx.groupMembership.updateMany({
          where: { memberId: member.id, endOn: null },
          data: { endOn: on },
        });
      }
      if (toGroupId)
        await tx.groupMembership.create({ data: { memberId: member.id, groupId: toGroupId, startOn: on } });
      // A tổ trưởng / tổ phó who moves no longer leads the old tổ from the day of the move.
      let endedPositions = 0;
      if (input.event === "GROUP_CHANGED")
        endedPositions = await endGroupOffices(
          tx,
          actor,
          { memberId: member.id, groupId: member.groupId },
          dayBefore(on),
        );
      if (endsMembership(input.event)) {
        endedPositions = await endMemberOffices(tx, actor, member.id, on);
      }
      await tx.memberEvent.create({
        data: {
          memberId: member.id,
          type: input.event,
          effectiveOn: on,
          reason: input.reason || null,
          fromGroupId: member.groupId,
          toGroupId,
          createdById: actor.userId,
        },
      });
      await writeAudit(tx, actor, {
        action: `member.${input.event.toLowerCase()}`,
        entityType: "Member",
        entityId: member.id,
        before: { status: member.status, groupId: member.groupId },
        after: {
          status,
          groupId: toGroupId ?? member.groupId,
          effectiveOn: input.effectiveOn,
          reason: input.reason,
          endedPositions,
        },
      });
    });
    revalidatePath(`/members/${member.id}`);
    return { id: member.id, status };
  },
);

/** A member edits their own phone and email. The id comes from the session, never the request. */
export const updateOwnContact = legacyAction(
  { name: "member.contact", permission: "profile.contact.edit", schema: contactSchema },
  async (values, actor) => {
    if (!actor.memberId) throw notFound();
    const current = await db.member.findUniqueOrThrow({
      where: { id: actor.memberId },
      select: { phone: true, email: true },
    });
    const data = {
      phone: values.phone.replace(/[\s.]/g, "") || null,
      email: values.email.toLowerCase() || null,
    };
    const change = diff(current, data);
    if (change.changed) {
      await db.$transaction(async (tx) => {
        // A new version, so that a BCH edit form loaded before this cannot overwrite it.
        await tx.member.update({
          where: { id: actor.memberId! },
          data: { ...data, version: { increment: 1 } },
        });
        await writeAudit(tx, actor, {
          action: "member.contact",
          entityType: "Member",
          entityId: actor.memberId!,
          before: change.before,
          after: change.after,
        });
      });
    }
    revalidatePath("/me");
    return { ok: true };
  },
);

import "server-only";
import { type Actor, can } from "@/lib/auth/current-user";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The meetings an actor may open, as a Prisma `where`. Anything outside behaves as not found. */
export function meetingReadScope(actor: Actor): Prisma.MeetingWhereInput {
  const p = actor.permissions;
  if (p.has("meetings.read.all") || p.has("meetings.manage")) return { unitId: actor.unitId };
  const or: Prisma.MeetingWhereInput[] = [];
  if ((p.has("meetings.read.group") || p.has("meetings.manage.group")) && actor.ledGroupIds.length)
    or.push({ groupId: { in: actor.ledGroupIds } });
  if (p.has("meetings.read.own") && actor.memberId) {
    or.push(
      { invitees: { some: { memberId: actor.memberId } } },
      { chairMemberId: actor.memberId },
      { secretaryMemberId: actor.memberId },
    );
  }
  if (!or.length) return { id: "__none__" };
  return { unitId: actor.unitId, OR: or };
}

/** The meetings an actor may plan, mark, minute and sign. */
export function meetingManageScope(actor: Actor): Prisma.MeetingWhereInput {
  if (can(actor, "meetings.manage")) return { unitId: actor.unitId };
  if (can(actor, "meetings.manage.group") && actor.ledGroupIds.length)
    return { unitId: actor.unitId, groupId: { in: actor.ledGroupIds } };
  return { id: "__none__" };
}

type MeetingRef = {
  unitId: string;
  groupId: string | null;
  chairMemberId: string | null;
  secretaryMemberId: string | null;
};

export function canManageMeeting(actor: Actor, m: Pick<MeetingRef, "unitId" | "groupId">): boolean {
  if (m.unitId !== actor.unitId) return false;
  if (can(actor, "meetings.manage")) return true;
  return can(actor, "meetings.manage.group") && !!m.groupId && actor.ledGroupIds.includes(m.groupId);
}

/** Draft minutes: the BCH (and the UBKT, who reads all), the tổ's leader, the chủ trì and the thư ký. */
export function canSeeDraft(actor: Actor, m: MeetingRef): boolean {
  if (m.unitId !== actor.unitId) return false;
  if (can(actor, "meetings.read.all") || canManageMeeting(actor, m)) return true;
  return !!actor.memberId && (actor.memberId === m.chairMemberId || actor.memberId === m.secretaryMemberId);
}

/** The chủ tịch (minutes.reopen), or the meeting's own chủ trì. */
export function canReopen(actor: Actor, m: MeetingRef): boolean {
  if (m.unitId !== actor.unitId) return false;
  return can(actor, "minutes.reopen") || (!!actor.memberId && actor.memberId === m.chairMemberId);
}

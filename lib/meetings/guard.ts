import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import type { Tx } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { meetingManageScope } from "./scope";
import { isLocked, LOCKED_MESSAGE, STALE_MESSAGE, type transition } from "./service";

const WRITE_SELECT = {
  id: true,
  unitId: true,
  groupId: true,
  type: true,
  status: true,
  version: true,
  startsAt: true,
  endsAt: true,
  chairMemberId: true,
  secretaryMemberId: true,
} satisfies Prisma.MeetingSelect;
export type WritableMeeting = Prisma.MeetingGetPayload<{ select: typeof WRITE_SELECT }>;

/** A meeting the actor may manage (else "not found"); signed minutes are refused unless allowed. */
export async function loadForWrite(
  tx: Tx,
  actor: Actor,
  meetingId: string,
  opts: { allowLocked?: boolean; where?: Prisma.MeetingWhereInput } = {},
) {
  const m = await tx.meeting.findFirst({
    where: { AND: [{ id: meetingId }, opts.where ?? meetingManageScope(actor)] },
    select: WRITE_SELECT,
  });
  if (!m) throw notFound();
  if (!opts.allowLocked && isLocked(m.status)) throw conflict(LOCKED_MESSAGE);
  return m;
}

/**
 * Optimistic lock: the write goes through only if nobody saved since `version` was read. A
 * concurrent save blocks on the row, then finds the version moved and is refused.
 */
export async function bumpVersion(
  tx: Tx,
  m: Pick<WritableMeeting, "id" | "version">,
  data: Prisma.MeetingUpdateManyMutationInput = {},
  expected = m.version,
) {
  const r = await tx.meeting.updateMany({
    where: { id: m.id, version: expected },
    data: { ...data, version: { increment: 1 } },
  });
  if (r.count === 0) throw conflict(STALE_MESSAGE);
  return expected + 1;
}

/** Members of the unit (current ones) among the given ids. */
export async function unitMemberIds(tx: Tx, unitId: string, ids: string[], groupIds?: string[]) {
  if (!ids.length) return new Set<string>();
  const rows = await tx.member.findMany({
    where: {
      id: { in: ids },
      unitId,
      status: { in: ["ACTIVE", "SUSPENDED"] },
      ...(groupIds ? { groupId: { in: groupIds } } : {}),
    },
    select: { id: true },
  });
  return new Set(rows.map((r) => r.id));
}

/** The state a transition leads to, or a conflict with its message when the meeting cannot take it. */
export const refuseUnless = (r: ReturnType<typeof transition>) => {
  if (!r.ok) throw conflict(r.error);
  return r.to;
};

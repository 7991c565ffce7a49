import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { unitHeader } from "@/lib/emulation/queries/report";
import { memberScope } from "../scope";

/** A member's chuyển sinh hoạt đi event with what its giấy giới thiệu prints; null outside the actor's reach. */
export async function getTransferLetter(actor: Actor, eventId: string) {
  const event = await db.memberEvent.findFirst({
    where: { id: eventId, type: "TRANSFERRED_OUT", member: memberScope(actor) },
    include: { member: true },
  });
  if (!event) return null;
  const group = event.fromGroupId
    ? await db.group.findFirst({ where: { id: event.fromGroupId }, select: { name: true } })
    : null;
  return { event, member: event.member, groupName: group?.name ?? "", ...(await unitHeader(actor)) };
}
export type TransferLetter = NonNullable<Awaited<ReturnType<typeof getTransferLetter>>>;

import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const dayBefore = (d: Date) => new Date(d.getTime() - 86_400_000);

/** Ends each open position matching `where` on `lastDay` (never before it began), with an audit row per position. */
async function endPositions(
  tx: Tx,
  actor: Pick<Actor, "userId">,
  where: Prisma.PositionWhereInput,
  lastDay: Date,
  reason: string,
) {
  const open = await tx.position.findMany({
    where: { AND: [where, { OR: [{ endOn: null }, { endOn: { gt: lastDay } }] }] },
    select: { id: true, startOn: true, endOn: true },
  });
  for (const p of open) {
    const endOn = p.startOn > lastDay ? p.startOn : lastDay;
    await tx.position.update({ where: { id: p.id }, data: { endOn } });
    await writeAudit(tx, actor, {
      action: "position.end",
      entityType: "Position",
      entityId: p.id,
      before: { endOn: p.endOn },
      after: { endOn, reason },
    });
  }
  return open.length;
}

/**
 * Ends the tổ trưởng / tổ phó offices matching `where` on `lastDay`.
 * Positions count as held through their end date, so the last day is the day before the change:
 * someone who moves on the 1st no longer leads the old tổ on the 1st.
 */
export function endGroupOffices(
  tx: Tx,
  actor: Pick<Actor, "userId">,
  where: { groupId: string; memberId?: string },
  lastDay: Date,
) {
  return endPositions(
    tx,
    actor,
    { ...where, office: { in: ["GROUP_LEADER", "GROUP_DEPUTY"] } },
    lastDay,
    "Rời tổ hoặc tổ ngừng hoạt động",
  );
}

/** A member who leaves the union holds no office after the day they leave. */
export function endMemberOffices(tx: Tx, actor: Pick<Actor, "userId">, memberId: string, lastDay: Date) {
  return endPositions(tx, actor, { memberId }, lastDay, "Ra khỏi tổ chức công đoàn");
}

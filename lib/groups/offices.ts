import "server-only";
import type { Tx } from "@/lib/db";

export const dayBefore = (d: Date) => new Date(d.getTime() - 86_400_000);

/**
 * Ends the tổ trưởng / tổ phó offices matching `where` on `lastDay` (never before they began).
 * Positions count as held through their end date, so the last day is the day before the change:
 * someone who moves on the 1st no longer leads the old tổ on the 1st.
 */
export async function endGroupOffices(tx: Tx, where: { groupId: string; memberId?: string }, lastDay: Date) {
  const open = await tx.position.findMany({
    where: { ...where, role: { in: ["GROUP_LEADER", "GROUP_DEPUTY"] }, OR: [{ endOn: null }, { endOn: { gt: lastDay } }] },
    select: { id: true, startOn: true },
  });
  for (const p of open) await tx.position.update({ where: { id: p.id }, data: { endOn: p.startOn > lastDay ? p.startOn : lastDay } });
  return open.length;
}


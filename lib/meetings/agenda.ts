import "server-only";
import type { Tx } from "@/lib/db";

type AgendaInput = {
  id?: string;
  title: string;
  isMain: boolean;
  discussion?: string;
  votesFor?: number | null;
  votesAgainst?: number | null;
  votesOther?: number | null;
  conclusion?: string;
};

/** Replaces a meeting's agenda: known ids are updated, new items created, the rest removed. */
export async function syncAgenda(tx: Tx, meetingId: string, items: AgendaInput[], withMinutes = false) {
  const existing = await tx.agendaItem.findMany({ where: { meetingId }, select: { id: true } });
  const keep = new Set(items.map((i) => i.id).filter(Boolean));
  const gone = existing.filter((e) => !keep.has(e.id)).map((e) => e.id);
  if (gone.length) await tx.agendaItem.deleteMany({ where: { meetingId, id: { in: gone } } });
  const known = new Set(existing.map((e) => e.id));
  for (const [position, item] of items.entries()) {
    // The plan form carries only titles: it must not wipe what the minutes recorded.
    const minutes = withMinutes
      ? {
          discussion: item.discussion || null,
          votesFor: item.votesFor ?? null,
          votesAgainst: item.votesAgainst ?? null,
          votesOther: item.votesOther ?? null,
          conclusion: item.conclusion || null,
        }
      : {};
    const data = { position, title: item.title, isMain: item.isMain, ...minutes };
    if (item.id && known.has(item.id)) await tx.agendaItem.update({ where: { id: item.id }, data });
    else await tx.agendaItem.create({ data: { ...data, meetingId } });
  }
}

import "server-only";
// Which sổ theo dõi thu đoàn phí an actor may print: the unit's (or any of its tổ) with dues.export and
// dues.read.all; a tổ trưởng their own tổ only. Kept apart from book.ts so the sổ's data reads without
// the session (bench/dues-book.ts).
import { type Actor, can } from "@/lib/auth/current-user";

/** The tổ an actor's sổ covers: null = the whole unit (dues.export), a tổ id, or "refused". */
export function bookScope(actor: Actor, requested: string | null): string | null | "refused" {
  if (can(actor, "dues.export") && can(actor, "dues.read.all")) return requested || null;
  if (!can(actor, "dues.read.group") || !actor.ledGroupIds.length) return "refused";
  if (!requested) return actor.ledGroupIds[0];
  return actor.ledGroupIds.includes(requested) ? requested : "refused";
}

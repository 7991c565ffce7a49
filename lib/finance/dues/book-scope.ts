import "server-only";
// Which sổ theo dõi thu đoàn phí an actor may print (and the request's year and tổ): the unit's (or any of its tổ) with dues.export and
// dues.read.all; a tổ trưởng their own tổ only. Kept apart from book.ts so the sổ's data reads without
// the session (bench/dues-book.ts).
import { type Actor, can } from "@/lib/auth/current-user";
import { badYear, yearParam } from "@/lib/http/params";
import { notFoundResponse } from "@/lib/http/route";

/** The tổ an actor's sổ covers: null = the whole unit (dues.export), a tổ id, or "refused". */
export function bookScope(actor: Actor, requested: string | null): string | null | "refused" {
  if (can(actor, "dues.export") && can(actor, "dues.read.all")) return requested || null;
  if (!can(actor, "dues.read.group") || !actor.ledGroupIds.length) return "refused";
  if (!requested) return actor.ledGroupIds[0];
  return actor.ledGroupIds.includes(requested) ? requested : "refused";
}

/**
 * The year (?year=) and tổ (?group=) of a request for the sổ, as its PDF and Excel routes read them:
 * a 400 for a bad year, a 404 for a tổ the actor may not print (as for a sổ that is not there).
 */
export function bookRequest(
  actor: Actor,
  request: Request,
): { params: URLSearchParams; year: number; group: string | null } | Response {
  const params = new URL(request.url).searchParams;
  const year = yearParam(params);
  if (year === null) return badYear();
  const group = bookScope(actor, params.get("group"));
  if (group === "refused") return notFoundResponse("sổ thu đoàn phí");
  return { params, year, group };
}

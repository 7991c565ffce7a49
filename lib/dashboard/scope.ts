import "server-only";
// Whose work the dashboard counts: the whole unit (dashboard.read: the BCH, the UBKT reading) or one
// tổ the actor leads (dashboard.read.group: the tổ trưởng). Every query of lib/dashboard takes this
// and puts it in its SQL; nothing is filtered after the rows are read.
import { type Actor, can } from "@/lib/auth/current-user";

export type DashboardScope =
  { kind: "unit"; unitId: string } | { kind: "group"; unitId: string; groupId: string };

/**
 * The scope a request may see. `requestedGroup` (?group=) picks one of several tổ the actor leads;
 * a tổ they do not lead is refused (null), as is an actor with neither permission.
 */
export function dashboardScope(actor: Actor, requestedGroup?: string | null): DashboardScope | null {
  if (!requestedGroup && can(actor, "dashboard.read")) return { kind: "unit", unitId: actor.unitId };
  if (!can(actor, "dashboard.read.group") || !actor.ledGroupIds.length) return null;
  const groupId = requestedGroup ?? actor.ledGroupIds[0];
  if (!actor.ledGroupIds.includes(groupId)) return null;
  return { kind: "group", unitId: actor.unitId, groupId };
}

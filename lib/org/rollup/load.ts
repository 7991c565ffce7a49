import "server-only";
// One roll-up section for the cấp trên (org.rollup.read), scoped by its subtree in SQL.
import { type Actor, can } from "@/lib/auth/current-user";
import { forbidden } from "@/lib/errors";
import { duesTable } from "./dues";
import { membersTable } from "./members";
import { ratingTable } from "./rating";
import type { RollupSection, RollupTable } from "./table";
import { titlesTable } from "./titles";
import type { RollupScope } from "./units";
import { welfareTable } from "./welfare";

const BUILDERS: Record<RollupSection, (scope: RollupScope, year: number) => Promise<RollupTable>> = {
  members: membersTable,
  rating: ratingTable,
  titles: titlesTable,
  welfare: welfareTable,
  dues: duesTable,
};

/** The section across the actor's subtree, or for one of its CĐCS (`only`: none if not in it). */
export async function loadRollup(actor: Actor, section: RollupSection, year: number, only?: string) {
  if (!can(actor, "org.rollup.read")) throw forbidden();
  return BUILDERS[section]({ rootId: actor.unitId, only }, year);
}

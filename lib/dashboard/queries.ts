import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import type { MemberEventType } from "@/lib/generated/prisma/enums";
import { CURRENT_STATUSES, type MemberStatusCode } from "@/lib/members/labels";
import { memberScope } from "@/lib/members/scope";

const JOIN_EVENTS: MemberEventType[] = ["ADMITTED", "TRANSFERRED_IN"];
const EXIT_EVENTS: MemberEventType[] = ["TRANSFERRED_OUT", "LEFT", "RETIRED", "EXPELLED"];

/**
 * Unit-wide member counts for the dashboard, in five queries: one group by (status, gender, party)
 * gives the totals, the statuses and the women and party members in a single pass over the members
 * (an index-only scan of Member(unitId, status, groupId, gender, isPartyMember)).
 */
export async function getDashboard(actor: Actor) {
  const scope = memberScope(actor);
  const current = { AND: [scope, { status: { in: CURRENT_STATUSES } }] };
  const today = clock.today();
  const year = today.getUTCFullYear();
  const inYear = { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };

  const [byGroup, groups, byKind, yearEvents, recent] = await Promise.all([
    db.member.groupBy({ by: ["groupId"], where: current, _count: { _all: true } }),
    db.group.findMany({
      where: { unitId: actor.unitId },
      select: { id: true, name: true, archivedAt: true },
      orderBy: { name: "asc" },
    }),
    db.member.groupBy({ by: ["status", "gender", "isPartyMember"], where: scope, _count: { _all: true } }),
    db.memberEvent.groupBy({
      by: ["type"],
      where: { type: { in: [...JOIN_EVENTS, ...EXIT_EVENTS] }, effectiveOn: inYear, member: scope },
      _count: { _all: true },
    }),
    db.memberEvent.findMany({
      where: { member: scope },
      orderBy: [{ effectiveOn: "desc" }, { createdAt: "desc" }],
      take: 5,
      select: { id: true, type: true, effectiveOn: true, member: { select: { id: true, fullName: true } } },
    }),
  ]);

  const groupCount = new Map(byGroup.map((g) => [g.groupId, g._count._all]));
  const statusCount: Partial<Record<MemberStatusCode, number>> = {};
  const genderCount = new Map<string, number>();
  let partyMembers = 0;
  for (const k of byKind) {
    const n = k._count._all;
    statusCount[k.status] = (statusCount[k.status] ?? 0) + n;
    if (!CURRENT_STATUSES.includes(k.status)) continue;
    genderCount.set(k.gender, (genderCount.get(k.gender) ?? 0) + n);
    if (k.isPartyMember) partyMembers += n;
  }
  const eventCount = (types: MemberEventType[]) =>
    yearEvents.filter((e) => types.includes(e.type)).reduce((sum, e) => sum + e._count._all, 0);

  return {
    year,
    total: CURRENT_STATUSES.reduce((sum, s) => sum + (statusCount[s] ?? 0), 0),
    female: genderCount.get("FEMALE") ?? 0,
    male: genderCount.get("MALE") ?? 0,
    partyMembers,
    joinedThisYear: eventCount(JOIN_EVENTS),
    leftThisYear: eventCount(EXIT_EVENTS),
    ...topGroups(
      groups.map((g) => ({
        id: g.id,
        name: g.name,
        count: groupCount.get(g.id) ?? 0,
        archived: !!g.archivedAt,
      })),
    ),
    statuses: statusCount,
    recent: recent.map((e) => ({
      id: e.id,
      type: e.type,
      effectiveOn: e.effectiveOn,
      memberId: e.member.id,
      memberName: e.member.fullName,
    })),
  };
}
export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;

/** Up to this many tổ get a bar; a unit with more shows its largest tổ and links to the tổ list. */
export const DASHBOARD_GROUP_BARS = 12;

/** Archived tổ drop out unless someone is still recorded in them; a big unit keeps its largest tổ, by name. */
function topGroups<T extends { name: string; count: number; archived: boolean }>(all: T[]) {
  const shown = all.filter((g) => !g.archived || g.count > 0);
  if (shown.length <= DASHBOARD_GROUP_BARS) return { groups: shown, groupCount: shown.length };
  const largest = [...shown]
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "vi"))
    .slice(0, DASHBOARD_GROUP_BARS);
  return { groups: largest, groupCount: shown.length };
}

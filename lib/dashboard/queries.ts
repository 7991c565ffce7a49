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
 * Unit-wide member counts for the dashboard, in two queries: one group by (status, gender, party)
 * gives the totals, the statuses and the women and party members in a single pass over the members
 * (an index-only scan of Member(unitId, status, groupId, gender, isPartyMember)); the other counts
 * the year's joins and exits.
 */
export async function getDashboard(actor: Actor) {
  const scope = memberScope(actor);
  const today = clock.today();
  const year = today.getUTCFullYear();
  const inYear = { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };

  const [byKind, yearEvents] = await Promise.all([
    db.member.groupBy({ by: ["status", "gender", "isPartyMember"], where: scope, _count: { _all: true } }),
    db.memberEvent.groupBy({
      by: ["type"],
      where: { type: { in: [...JOIN_EVENTS, ...EXIT_EVENTS] }, effectiveOn: inYear, member: scope },
      _count: { _all: true },
    }),
  ]);

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
    statuses: statusCount,
  };
}
export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;

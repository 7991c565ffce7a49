import "server-only";
import { type Actor, can } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CURRENT_STATUSES } from "@/lib/members/labels";
import { memberScope } from "@/lib/members/scope";

type Officer = { id: string; fullName: string };

/** Tổ officers (tổ trưởng, tổ phó) in office today, as a Prisma `where`. */
export function currentOfficerWhere(unitId: string, today = clock.today()): Prisma.PositionWhereInput {
  return {
    office: { in: ["GROUP_LEADER", "GROUP_DEPUTY"] },
    group: { unitId },
    startOn: { lte: today },
    OR: [{ endOn: null }, { endOn: { gte: today } }],
  };
}

/** BCH and UBKT open any tổ; a tổ trưởng or tổ phó only the tổ they lead. */
export function canOpenGroup(actor: Actor, groupId: string): boolean {
  if (!can(actor, "groups.read")) return false;
  return can(actor, "members.read.all") || actor.ledGroupIds.includes(groupId);
}

export const GROUP_PAGE_SIZE = 50;
export type GroupListParams = { q?: string; page?: number };

/**
 * One page of the unit's tổ (by name, searchable) with member counts and officers, plus the
 * archived tổ: a fixed number of queries, and only the page's rows are counted, so a unit of
 * 1,000 tổ costs what a unit of 50 does.
 */
export async function listGroups(actor: Actor, p: GroupListParams = {}) {
  const empty = { active: [], archived: [], total: 0, page: 1, pageCount: 1, memberTotal: 0 };
  if (!can(actor, "groups.read")) return empty;
  const q = p.q?.trim() ?? "";
  const where: Prisma.GroupWhereInput = {
    unitId: actor.unitId,
    archivedAt: null,
    ...(q ? { name: { contains: q, mode: "insensitive" } } : {}),
  };
  const [total, memberTotal, archivedGroups] = await Promise.all([
    db.group.count({ where }),
    db.member.count({
      where: { unitId: actor.unitId, status: { in: CURRENT_STATUSES }, group: { archivedAt: null } },
    }),
    db.group.findMany({
      where: { unitId: actor.unitId, archivedAt: { not: null } },
      orderBy: { name: "asc" },
      take: 200,
      select: { id: true, name: true, archivedAt: true },
    }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / GROUP_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(p.page ?? 1)), pageCount);
  const groups = await db.group.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (page - 1) * GROUP_PAGE_SIZE,
    take: GROUP_PAGE_SIZE,
    select: { id: true, name: true, archivedAt: true },
  });
  const ids = [...groups, ...archivedGroups].map((g) => g.id);
  const [counts, officers] = await Promise.all([
    db.member.groupBy({
      by: ["groupId"],
      where: { groupId: { in: ids }, status: { in: CURRENT_STATUSES } },
      _count: { _all: true },
    }),
    db.position.findMany({
      where: { ...currentOfficerWhere(actor.unitId), groupId: { in: ids } },
      orderBy: { startOn: "asc" },
      select: { office: true, groupId: true, member: { select: { id: true, fullName: true } } },
    }),
  ]);
  const countOf = new Map(counts.map((c) => [c.groupId, c._count._all]));
  const officersOf = new Map<string, { leaders: Officer[]; deputies: Officer[] }>();
  for (const o of officers) {
    const entry = officersOf.get(o.groupId!) ?? { leaders: [], deputies: [] };
    (o.office === "GROUP_LEADER" ? entry.leaders : entry.deputies).push(o.member);
    officersOf.set(o.groupId!, entry);
  }
  const toRow = (g: { id: string; name: string; archivedAt: Date | null }) => ({
    id: g.id,
    name: g.name,
    archivedAt: g.archivedAt,
    memberCount: countOf.get(g.id) ?? 0,
    leaders: officersOf.get(g.id)?.leaders ?? [],
    deputies: officersOf.get(g.id)?.deputies ?? [],
    canOpen: canOpenGroup(actor, g.id),
  });
  return {
    active: groups.map(toRow),
    archived: archivedGroups.map(toRow),
    total,
    page,
    pageCount,
    memberTotal,
  };
}
export type GroupRow = Awaited<ReturnType<typeof listGroups>>["active"][number];

/** Tổ to choose from in filters and forms: all for the BCH and UBKT, the led ones for a tổ trưởng. */
export async function listGroupOptions(actor: Actor) {
  return db.group.findMany({
    where: optionScope(actor),
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** The open tổ an actor may pick: all of the unit's for the BCH and UBKT, the tổ they lead otherwise. */
function optionScope(actor: Actor) {
  return can(actor, "members.read.all")
    ? { unitId: actor.unitId, archivedAt: null }
    : { unitId: actor.unitId, archivedAt: null, id: { in: actor.ledGroupIds } };
}

/** Up to this many tổ, a list filter offers them all in a select; a bigger unit picks its tổ from the tổ list. */
export const FILTER_GROUP_LIMIT = 200;

/**
 * The tổ a list filter offers. A unit of 1,000 tổ does not send 1,000 options with every page of
 * its member list: above FILTER_GROUP_LIMIT only the chosen tổ comes back (`complete: false`), and
 * the page links to the searchable tổ list, whose rows open the member list filtered by tổ.
 */
export async function listFilterGroups(actor: Actor, chosenId: string) {
  const where = optionScope(actor);
  const select = { id: true, name: true } as const;
  const all = await db.group.findMany({
    where,
    orderBy: { name: "asc" },
    select,
    take: FILTER_GROUP_LIMIT + 1,
  });
  if (all.length <= FILTER_GROUP_LIMIT) return { options: all, complete: true };
  const chosen = chosenId ? await db.group.findFirst({ where: { ...where, id: chosenId }, select }) : null;
  return { options: chosen ? [chosen] : [], complete: false };
}

/** One tổ: its current members (within the actor's scope), officers and dated membership history; null when out of reach. */
export async function getGroupDetail(actor: Actor, id: string) {
  if (!canOpenGroup(actor, id)) return null;
  const group = await db.group.findFirst({
    where: { id, unitId: actor.unitId },
    select: { id: true, name: true, archivedAt: true },
  });
  if (!group) return null;
  const today = clock.today();
  const [members, officers, history] = await Promise.all([
    db.member.findMany({
      where: { AND: [{ groupId: id, status: { in: CURRENT_STATUSES } }, memberScope(actor)] },
      orderBy: [{ sortName: "asc" }, { id: "asc" }],
      select: {
        id: true,
        fullName: true,
        gender: true,
        dateOfBirth: true,
        cardNumber: true,
        jobTitle: true,
        status: true,
      },
    }),
    db.position.findMany({
      where: { groupId: id, office: { in: ["GROUP_LEADER", "GROUP_DEPUTY"] } },
      orderBy: [{ startOn: "desc" }],
      select: {
        id: true,
        office: true,
        startOn: true,
        endOn: true,
        member: { select: { id: true, fullName: true } },
      },
    }),
    db.groupMembership.findMany({
      where: { groupId: id },
      orderBy: [{ startOn: "desc" }, { createdAt: "desc" }],
      take: 200,
      select: { id: true, startOn: true, endOn: true, member: { select: { id: true, fullName: true } } },
    }),
  ]);
  const isCurrent = (p: { startOn: Date; endOn: Date | null }) =>
    p.startOn <= today && (!p.endOn || p.endOn >= today);
  return {
    group,
    members,
    currentOfficers: officers.filter(isCurrent),
    pastOfficers: officers.filter((p) => p.endOn && p.endOn < today),
    history,
  };
}
export type GroupDetail = NonNullable<Awaited<ReturnType<typeof getGroupDetail>>>;

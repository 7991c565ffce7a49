import "server-only";
// Which members a page of the dues month view shows, by keyset: the list runs by tổ (name), then
// name, then id, and a page starts after (or ends before) a member, never at an OFFSET. The tổ come
// in name order from Group's (unitId, name) index and each tổ's members from Member's (groupId,
// sortName, id) index, so a page reads about one page of rows at 60,000 members. The scope repeats
// duesMemberScope (scope.ts) in SQL: the unit's for the BCH, the tổ led (and one's own row) for a tổ trưởng.
import { type Actor, can } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { toSearchText } from "@/lib/format";
import { Prisma } from "@/lib/generated/prisma/client";
import { monthBounds } from "./rule";

export type MonthPageParams = {
  month: string;
  group?: string;
  q?: string;
  /** The page starts after this member (the "next" link), or ends before it ("previous"). */
  after?: string;
  before?: string;
};

const STILL_IN = Prisma.sql`m.status IN ('ACTIVE', 'SUSPENDED')`;
const goneSince = (p: MonthPageParams) => Prisma.sql`EXISTS (
  SELECT 1 FROM "MemberEvent" e WHERE e."memberId" = m.id
    AND e.type IN ('TRANSFERRED_OUT', 'LEFT', 'RETIRED', 'EXPELLED') AND e."effectiveOn" >= ${monthBounds(p.month)[0]}::date)`;

const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The members a month's list shows: in scope, still in the union, or gone on or after the month's first day. */
function memberFilter(
  actor: Actor,
  p: MonthPageParams,
  status = Prisma.sql`(${STILL_IN} OR ${goneSince(p)})`,
) {
  const parts: Prisma.Sql[] = [status];
  if (!can(actor, "dues.read.all")) {
    const led = can(actor, "dues.read.group") ? actor.ledGroupIds : [];
    const own = can(actor, "dues.read.own") && actor.memberId ? actor.memberId : "__none__";
    parts.push(Prisma.sql`(m."groupId" = ANY(${led}::text[]) OR m.id = ${own})`);
  }
  if (p.q?.trim()) {
    const text = toSearchText(p.q);
    parts.push(Prisma.sql`(m."searchName" LIKE ${like(text)} OR m."cardNumber" LIKE ${like(p.q.trim())})`);
  }
  return Prisma.join(parts, " AND ");
}

/** The ids of one page (in list order), and whether there is a page before and after it. */
export async function monthPageIds(actor: Actor, p: MonthPageParams, take: number) {
  const back = !p.after && Boolean(p.before);
  const cursorId = p.after || p.before || null;
  const cursor = cursorId
    ? await db.member.findFirst({
        where: { id: cursorId, unitId: actor.unitId },
        select: { id: true, sortName: true, group: { select: { name: true } } },
      })
    : null;
  const groupOnly = p.group ? Prisma.sql`AND g.id = ${p.group}` : Prisma.empty;
  const filter = memberFilter(actor, p);
  const [cmpG, cmpM, dir] = back ? ["<", "<", Prisma.sql`DESC`] : [">", ">", Prisma.sql`ASC`];
  const fromGroup = cursor ? Prisma.sql`AND g.name ${Prisma.raw(cmpG)}= ${cursor.group.name}` : Prisma.empty;
  const fromMember = cursor
    ? Prisma.sql`AND (g.name ${Prisma.raw(cmpG)} ${cursor.group.name}
        OR (m."sortName", m.id) ${Prisma.raw(cmpM)} (${cursor.sortName}, ${cursor.id}))`
    : Prisma.empty;
  const rows = p.q?.trim()
    ? // A search: few members match, so one ordered pass over the matches beats walking every tổ.
      await db.$queryRaw<{ id: string }[]>`
    SELECT m.id FROM "Member" m JOIN "Group" g ON g.id = m."groupId"
    WHERE m."unitId" = ${actor.unitId} ${groupOnly} AND ${filter}
      ${cursor ? Prisma.sql`AND (g.name, m."sortName", m.id) ${Prisma.raw(cmpM)} (${cursor.group.name}, ${cursor.sortName}, ${cursor.id})` : Prisma.empty}
    ORDER BY g.name ${dir}, m."sortName" ${dir}, m.id ${dir} LIMIT ${take + 1}`
    : await db.$queryRaw<{ id: string }[]>`
    SELECT x.id FROM "Group" g CROSS JOIN LATERAL (
      SELECT m.id, m."sortName" FROM "Member" m
      WHERE m."groupId" = g.id AND ${filter} ${fromMember}
      ORDER BY m."sortName" ${dir}, m.id ${dir} LIMIT ${take + 1}) x
    WHERE g."unitId" = ${actor.unitId} ${groupOnly} ${fromGroup}
    ORDER BY g.name ${dir}, x."sortName" ${dir}, x.id ${dir} LIMIT ${take + 1}`;
  const more = rows.length > take;
  const ids = rows.slice(0, take).map((r) => r.id);
  if (back) ids.reverse();
  return {
    ids,
    /** The first member of the next page starts after `nextAfter`; null on the last page. */
    nextAfter: (back ? Boolean(cursor) : more) ? (ids.at(-1) ?? null) : null,
    /** The previous page ends before `prevBefore`; null on the first page. */
    prevBefore: (back ? more : Boolean(cursor)) ? (ids[0] ?? null) : null,
  };
}

/**
 * How many members the month's list holds (all pages): those still in the union (from Member's
 * (unitId, status, …) index alone) plus those gone since the month began.
 */
export async function monthMemberCount(actor: Actor, p: MonthPageParams) {
  const groupOnly = p.group ? Prisma.sql`AND m."groupId" = ${p.group}` : Prisma.empty;
  const count = (status: Prisma.Sql) => Prisma.sql`(SELECT count(*) FROM "Member" m
    WHERE m."unitId" = ${actor.unitId} ${groupOnly} AND ${memberFilter(actor, p, status)})`;
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT (${count(STILL_IN)} + ${count(Prisma.sql`NOT ${STILL_IN} AND ${goneSince(p)}`)})::int AS n`;
  return row.n;
}

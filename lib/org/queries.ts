import "server-only";
// What a cấp trên reads (decision 0083): the units of its own subtree, their counts and
// whether their chủ tịch has signed in. Never a member's record: only counts leave a CĐCS.
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { toSearchText } from "@/lib/format";
import { Prisma } from "@/lib/generated/prisma/client";
import { subtreeCte } from "./tree";

export const ORG_PAGE_SIZE = 20;

type SubtreeRow = {
  id: string;
  name: string;
  kind: "UPPER" | "GRASSROOTS";
  parentName: string;
  placeName: string;
};

/** The CĐCS below the actor's (any depth), by name: only id and name, for the search. */
async function subtreeGrassrootsNames(actor: Actor) {
  return db.$queryRaw<{ id: string; name: string }[]>(Prisma.sql`${subtreeCte(actor.unitId)}
    SELECT u.id, u.name FROM subtree s JOIN "Unit" u ON u.id = s.id
     WHERE s.kind = 'GRASSROOTS' ORDER BY u.name, u.id`);
}

/** The given units with their direct parent's name, in the order of `ids`. */
async function unitRows(ids: string[]): Promise<SubtreeRow[]> {
  if (!ids.length) return [];
  const rows = await db.$queryRaw<SubtreeRow[]>(Prisma.sql`
    SELECT u.id, u.name, u.kind::text AS kind, p.name AS "parentName", u."placeName"
      FROM "Unit" u JOIN "Unit" p ON p.id = u."parentId" WHERE u.id IN (${Prisma.join(ids)})`);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * One page of the CĐCS below the actor's, by name, and how many there are: sorted and paged in
 * SQL, so that a cấp trên of 2,000 CĐCS reads 20 rows, not 2,000 (decision 0083, the federation
 * bench). A page past the last one gives the last page.
 */
async function pagedGrassroots(actor: Actor, page: number) {
  const at = async (p: number) =>
    db.$queryRaw<(SubtreeRow & { total: bigint })[]>(Prisma.sql`${subtreeCte(actor.unitId)}
      SELECT u.id, u.name, u.kind::text AS kind, p.name AS "parentName", u."placeName", count(*) OVER () AS total
        FROM subtree s JOIN "Unit" u ON u.id = s.id JOIN "Unit" p ON p.id = u."parentId"
       WHERE s.kind = 'GRASSROOTS' ORDER BY u.name, u.id
       LIMIT ${ORG_PAGE_SIZE} OFFSET ${(p - 1) * ORG_PAGE_SIZE}`);
  let rows = await at(page);
  if (!rows.length && page > 1) {
    const [{ n }] = await db.$queryRaw<{ n: bigint }[]>(Prisma.sql`${subtreeCte(actor.unitId)}
      SELECT count(*) AS n FROM subtree s WHERE s.kind = 'GRASSROOTS'`);
    rows = Number(n) ? await at(Math.ceil(Number(n) / ORG_PAGE_SIZE)) : [];
  }
  const total = rows.length ? Number(rows[0].total) : 0;
  const slice: SubtreeRow[] = rows.map(({ total: _total, ...r }) => r);
  return { slice, total };
}

/** invited: the link is not used yet; created: an account made outside an invite, never signed in. */
export type ChairState = "invited" | "created" | "active";

export type OrgUnitRow = SubtreeRow & {
  activeMembers: number;
  /** The chủ tịch's account: none yet, invited (link not used), made but never signed in, or signed in. */
  chair: { fullName: string; state: ChairState } | null;
};

/** The CĐCS under the actor's cấp trên (any depth), searched by name and paged. */
export async function findOrgUnits(actor: Actor, params: { q: string; page: number }) {
  const needle = toSearchText(params.q);
  let slice: SubtreeRow[];
  let matched: number;
  let all: number;
  if (!needle) {
    ({ slice, total: all } = await pagedGrassroots(actor, Math.max(1, params.page)));
    matched = all;
  } else {
    // Names are matched without diacritics, as everywhere (lib/format toSearchText), so in JS;
    // only the page's rows are read in full.
    const names = await subtreeGrassrootsNames(actor);
    const hits = names.filter((u) => toSearchText(u.name).includes(needle));
    const pages = Math.max(1, Math.ceil(hits.length / ORG_PAGE_SIZE));
    const p = Math.min(Math.max(1, params.page), pages);
    slice = await unitRows(hits.slice((p - 1) * ORG_PAGE_SIZE, p * ORG_PAGE_SIZE).map((u) => u.id));
    matched = hits.length;
    all = names.length;
  }
  const pages = Math.max(1, Math.ceil(matched / ORG_PAGE_SIZE));
  const page = Math.min(Math.max(1, params.page), pages);
  const ids = slice.map((u) => u.id);
  const [counts, chairs] = await Promise.all([activeMemberCounts(ids), chairAccounts(ids)]);
  const rows: OrgUnitRow[] = slice.map((u) => {
    const c = chairs.get(u.id);
    return {
      ...u,
      activeMembers: counts.get(u.id) ?? 0,
      // The list names the chủ tịch only; the account's e-mail and sign-in are on the unit's page.
      chair: c ? { fullName: c.fullName, state: c.state } : null,
    };
  });
  return { rows, total: matched, all, page, pages };
}

async function activeMemberCounts(unitIds: string[]) {
  if (!unitIds.length) return new Map<string, number>();
  const grouped = await db.member.groupBy({
    by: ["unitId"],
    where: { unitId: { in: unitIds }, status: "ACTIVE" },
    _count: { _all: true },
  });
  return new Map(grouped.map((g) => [g.unitId, g._count._all]));
}

/**
 * The chủ tịch's account of each unit: the first one its cấp trên invited; for a unit that had its
 * chủ tịch before the cấp trên came into the app (made by `user:create` or brought in with the
 * unit), the account of the member who holds the CHAIR position today.
 */
type ChairAccount = {
  fullName: string;
  state: ChairState;
  email: string;
  lastLoginAt: Date | null;
};

async function chairAccounts(unitIds: string[]) {
  const out = new Map<string, ChairAccount>();
  if (!unitIds.length) return out;
  const invites = await db.userInvite.findMany({
    where: { unitId: { in: unitIds } },
    orderBy: { createdAt: "asc" },
    select: {
      unitId: true,
      usedAt: true,
      user: { select: { email: true, lastLoginAt: true, member: { select: { fullName: true } } } },
    },
  });
  for (const i of invites) {
    if (out.has(i.unitId)) continue;
    const signedIn = !!i.usedAt || !!i.user.lastLoginAt;
    out.set(i.unitId, {
      fullName: i.user.member?.fullName ?? "",
      state: signedIn ? "active" : "invited",
      email: i.user.email,
      lastLoginAt: i.user.lastLoginAt,
    });
  }
  const missing = unitIds.filter((id) => !out.has(id));
  if (!missing.length) return out;
  const today = clock.today();
  const chairs = await db.user.findMany({
    where: {
      unitId: { in: missing },
      member: {
        positions: {
          some: {
            office: "CHAIR",
            startOn: { lte: today },
            OR: [{ endOn: null }, { endOn: { gte: today } }],
          },
        },
      },
    },
    orderBy: { createdAt: "asc" },
    select: { unitId: true, email: true, lastLoginAt: true, member: { select: { fullName: true } } },
  });
  for (const c of chairs)
    if (!out.has(c.unitId))
      out.set(c.unitId, {
        fullName: c.member?.fullName ?? "",
        // Made by `user:create` or brought in with the unit: signed in only once it has a sign-in.
        state: c.lastLoginAt ? "active" : "created",
        email: c.email,
        lastLoginAt: c.lastLoginAt,
      });
  return out;
}

/** One CĐCS of the actor's subtree, or null (another cấp trên's unit is "not found"). */
export async function findOrgUnit(actor: Actor, unitId: string) {
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`${subtreeCte(actor.unitId)}
    SELECT s.id FROM subtree s WHERE s.id = ${unitId}`);
  if (!rows.length) return null;
  const unit = await db.unit.findUnique({
    where: { id: unitId },
    select: { id: true, name: true, kind: true, placeName: true, parent: { select: { name: true } } },
  });
  if (!unit) return null;
  const [counts, chairs, invites] = await Promise.all([
    activeMemberCounts([unitId]),
    chairAccounts([unitId]),
    db.userInvite.findMany({
      where: { unitId },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        createdAt: true,
        expiresAt: true,
        usedAt: true,
        user: { select: { email: true, member: { select: { fullName: true } } } },
      },
    }),
  ]);
  return {
    ...unit,
    activeMembers: counts.get(unitId) ?? 0,
    chair: chairs.get(unitId) ?? null,
    invites: invites.map((i) => ({
      id: i.id,
      email: i.user.email,
      fullName: i.user.member?.fullName ?? "",
      createdAt: i.createdAt,
      expiresAt: i.expiresAt,
      usedAt: i.usedAt,
    })),
  };
}

/** Whether `unitId` is in the actor's subtree (for the operations). */
export async function isInSubtree(client: Pick<typeof db, "$queryRaw">, rootId: string, unitId: string) {
  const rows = await client.$queryRaw<{ id: string }[]>(Prisma.sql`${subtreeCte(rootId)}
    SELECT s.id FROM subtree s WHERE s.id = ${unitId}`);
  return rows.length > 0;
}

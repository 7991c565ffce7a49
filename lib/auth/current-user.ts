import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { accountName } from "@/lib/auth/account-name";
import * as clock from "@/lib/clock";
import { rawRows } from "@/lib/db/raw";
import { permissionsFor, type Permission, type Role } from "@/lib/permissions";
import {
  POSITION_ROLE_MAP,
  type PositionCode,
  UPPER_OFFICE_ROLE_MAP,
  type UpperOfficeCode,
} from "@/lib/roles";
import { sessionUser } from "./config";

export type Actor = {
  userId: string;
  email: string;
  unitId: string;
  /** The unit's name, for the header: read with the account, so the layout needs no query of its own. */
  unitName?: string;
  /** The header bell's unread count, read in the same round trip (absent when built elsewhere, e.g. tests). */
  unreadNotifications?: number;
  memberId: string | null;
  fullName: string;
  /** The tổ the member belongs to. */
  ownGroupId: string | null;
  /** The tổ the member leads (tổ trưởng or tổ phó) today. */
  ledGroupIds: string[];
  roles: Role[];
  permissions: Set<Permission>;
  isSystemAdmin: boolean;
};

// Members who left the union lose access; a suspended member can still see their own record.
const ACCESS_STATUSES = new Set(["ACTIVE", "SUSPENDED"]);

type LoadedUser = {
  id: string;
  email: string;
  unitId: string;
  unitName: string;
  unread: number;
  isActive: boolean;
  isSystemAdmin: boolean;
  /** An account of a cấp trên: the office it holds there. */
  upperOffice: UpperOfficeCode | null;
  sessionsValidFrom: Date | null;
  /** This sign-in was signed out. */
  ended: boolean;
  member: {
    id: string;
    fullName: string;
    status: string;
    groupId: string;
    /** The offices held today. */
    positions: { office: PositionCode; groupId: string | null }[];
  } | null;
};

type UserRow = Omit<LoadedUser, "member" | "sessionsValidFrom"> & {
  /** Epoch milliseconds (a `timestamp` read by `pg` would be taken in the server's time zone). */
  sessionsValidFromMs: number | null;
  memberId: string | null;
  fullName: string | null;
  memberStatus: string | null;
  groupId: string | null;
  positions: { office: PositionCode; groupId: string | null }[] | null;
};

/** The actor's statement: $1 the account, $2 this sign-in's id, $3 today (yyyy-MM-dd). */
const USER_SQL = `
  SELECT u.id, u.email, u."unitId", un.name AS "unitName", u."isActive", u."isSystemAdmin",
    u."upperOffice"::text AS "upperOffice",
    (extract(epoch FROM u."sessionsValidFrom") * 1000)::float8 AS "sessionsValidFromMs",
    EXISTS (SELECT 1 FROM "EndedSession" e WHERE e.id = $2 AND e."userId" = u.id) AS ended,
    (SELECT count(*)::int FROM "Notification" n
      WHERE n."userId" = u.id AND n.visible AND n."readAt" IS NULL) AS unread,
    m.id AS "memberId", m."fullName", m.status::text AS "memberStatus", m."groupId",
    (SELECT json_agg(json_build_object('office', p.office, 'groupId', p."groupId"))
       FROM "Position" p
      WHERE p."memberId" = m.id AND p."startOn" <= $3::date
        AND (p."endOn" IS NULL OR p."endOn" >= $3::date)) AS positions
  FROM "User" u
  JOIN "Unit" un ON un.id = u."unitId"
  LEFT JOIN "Member" m ON m.id = u."memberId"
  WHERE u.id = $1`;

/**
 * The account, its unit's name, whether this sign-in was signed out, the member and the offices
 * held today, and the header's unread notifications: one round trip, on every request (roles are
 * never cached, decisions 0074 and 0087), sent with `pg` on Prisma's pool (lib/db/raw.ts, 0097).
 */
async function findUser(userId: string, today: Date, sid = ""): Promise<LoadedUser | null> {
  const day = today.toISOString().slice(0, 10);
  const rows = await rawRows<UserRow>(USER_SQL, [userId, sid, day]);
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id,
    email: r.email,
    unitId: r.unitId,
    unitName: r.unitName,
    unread: r.unread,
    isActive: r.isActive,
    isSystemAdmin: r.isSystemAdmin,
    upperOffice: r.upperOffice,
    sessionsValidFrom: r.sessionsValidFromMs === null ? null : new Date(r.sessionsValidFromMs),
    ended: r.ended,
    member: r.memberId
      ? {
          id: r.memberId,
          fullName: r.fullName!,
          status: r.memberStatus!,
          groupId: r.groupId!,
          positions: r.positions ?? [],
        }
      : null,
  };
}

/** Whether the account may act at all: active, signed in since the last password change, not signed out, still a member. */
function mayAct(user: LoadedUser, signedInAtMs?: number) {
  if (!user.isActive) return false;
  if (user.ended) return false;
  // A sign-in from before the last password change or reset has ended (milliseconds).
  if (signedInAtMs !== undefined && user.sessionsValidFrom && signedInAtMs < user.sessionsValidFrom.getTime())
    return false;
  if (user.member && !ACCESS_STATUSES.has(user.member.status)) return false;
  return !!user.member || user.isSystemAdmin || !!user.upperOffice;
}

/** The app roles of the offices held today, and the tổ led. */
function rolesOf(user: LoadedUser) {
  const member = user.member;
  const roles = new Set<Role>();
  if (member) roles.add("member");
  if (user.isSystemAdmin) roles.add("system_admin");
  if (user.upperOffice) roles.add(UPPER_OFFICE_ROLE_MAP[user.upperOffice]);
  const ledGroupIds: string[] = [];
  // A suspended member holds no office while suspended.
  if (member?.status === "ACTIVE") {
    for (const p of member.positions) {
      roles.add(POSITION_ROLE_MAP[p.office]);
      if (p.groupId && (p.office === "GROUP_LEADER" || p.office === "GROUP_DEPUTY"))
        ledGroupIds.push(p.groupId);
    }
  }
  return { roles: [...roles], ledGroupIds };
}

/**
 * Loads the signed-in user from the database on every request: a JWT outlives a
 * deactivated account or a member who has left, and positions change by date.
 */
export async function loadActor(userId: string, signedInAtMs?: number, sid?: string): Promise<Actor | null> {
  const user = await findUser(userId, clock.today(), sid);
  if (!user || !mayAct(user, signedInAtMs)) return null;
  const member = user.member;
  const { roles, ledGroupIds } = rolesOf(user);
  return {
    userId: user.id,
    email: user.email,
    unitId: user.unitId,
    unitName: user.unitName,
    unreadNotifications: user.unread,
    memberId: member?.id ?? null,
    fullName: accountName(user),
    ownGroupId: member?.groupId ?? null,
    ledGroupIds,
    roles,
    permissions: permissionsFor(roles),
    isSystemAdmin: user.isSystemAdmin,
  };
}

/** The current actor, once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const user = await sessionUser();
  return user ? loadActor(user.id, user.signedInAtMs, user.sid) : null;
});

export const can = (actor: Actor, permission: Permission) => actor.permissions.has(permission);

/** For pages: sign in first, and a page the actor may not see behaves as not found. */
export async function requirePage(...anyOf: Permission[]): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  if (anyOf.length && !anyOf.some((p) => actor.permissions.has(p))) notFound();
  return actor;
}

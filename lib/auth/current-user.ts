import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { permissionsFor, POSITION_ROLE_MAP, type Permission, type Role } from "@/lib/permissions";
import { auth } from "./config";

export type Actor = {
  userId: string;
  email: string;
  unitId: string;
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

function findUser(userId: string, today: Date, sid = "") {
  return db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      unitId: true,
      isActive: true,
      isSystemAdmin: true,
      sessionsValidFrom: true,
      // This sign-in, if it was signed out.
      endedSessions: { where: { id: sid }, select: { id: true } },
      member: {
        select: {
          id: true,
          fullName: true,
          status: true,
          groupId: true,
          positions: {
            where: { startOn: { lte: today }, OR: [{ endOn: null }, { endOn: { gte: today } }] },
            select: { office: true, groupId: true },
          },
        },
      },
    },
  });
}
type LoadedUser = NonNullable<Awaited<ReturnType<typeof findUser>>>;

/** Whether the account may act at all: active, signed in since the last password change, not signed out, still a member. */
function mayAct(user: LoadedUser, signedInAtMs?: number) {
  if (!user.isActive) return false;
  if (user.endedSessions.length > 0) return false;
  // A sign-in from before the last password change or reset has ended (milliseconds).
  if (signedInAtMs !== undefined && user.sessionsValidFrom && signedInAtMs < user.sessionsValidFrom.getTime())
    return false;
  if (user.member && !ACCESS_STATUSES.has(user.member.status)) return false;
  return !!user.member || user.isSystemAdmin;
}

/** The app roles of the offices held today, and the tổ led. */
function rolesOf(user: LoadedUser) {
  const member = user.member;
  const roles = new Set<Role>();
  if (member) roles.add("member");
  if (user.isSystemAdmin) roles.add("system_admin");
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
    memberId: member?.id ?? null,
    fullName: member?.fullName ?? user.email,
    ownGroupId: member?.groupId ?? null,
    ledGroupIds,
    roles,
    permissions: permissionsFor(roles),
    isSystemAdmin: user.isSystemAdmin,
  };
}

/** The current actor, once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const user = session?.user as { id?: string; signedInAtMs?: number; sid?: string } | undefined;
  return user?.id ? loadActor(user.id, user.signedInAtMs, user.sid) : null;
});

export const can = (actor: Actor, permission: Permission) => actor.permissions.has(permission);

/** For pages: sign in first, and a page the actor may not see behaves as not found. */
export async function requirePage(...anyOf: Permission[]): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  if (anyOf.length && !anyOf.some((p) => actor.permissions.has(p))) notFound();
  return actor;
}

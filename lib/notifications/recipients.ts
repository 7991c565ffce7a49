import "server-only";
import type { Tx } from "@/lib/db";
import { PERMISSION_TABLE, type Permission } from "@/lib/permissions";
import { POSITION_ROLE_MAP, type PositionCode } from "@/lib/roles";

// Who receives a notification: accounts that may act (active, member still in the union), read
// from the same positions the actor is built from (lib/auth/current-user.ts), as of `today`.

const ACTIVE_USER = { isActive: true, member: { status: "ACTIVE" as const } };

/** The offices whose role holds the permission. */
function officesWith(permission: Permission): PositionCode[] {
  return (Object.keys(POSITION_ROLE_MAP) as PositionCode[]).filter((o) =>
    PERMISSION_TABLE[POSITION_ROLE_MAP[o]].includes(permission),
  );
}

const heldOn = (today: Date) => ({
  startOn: { lte: today },
  OR: [{ endOn: null }, { endOn: { gte: today } }],
});

/** The accounts of these members (members without an account get nothing). */
export async function usersOfMembers(tx: Tx, memberIds: (string | null | undefined)[]) {
  const ids = [...new Set(memberIds.filter((m): m is string => !!m))];
  if (!ids.length) return [];
  const users = await tx.user.findMany({
    where: { memberId: { in: ids }, ...ACTIVE_USER },
    select: { id: true },
  });
  return users.map((u) => u.id);
}

/** Each member's active accounts, for many members in one query (member id → user ids). */
export async function usersByMember(tx: Tx, memberIds: (string | null | undefined)[]) {
  const ids = [...new Set(memberIds.filter((m): m is string => !!m))];
  const byMember = new Map<string, string[]>();
  if (!ids.length) return byMember;
  const users = await tx.user.findMany({
    where: { memberId: { in: ids }, ...ACTIVE_USER },
    select: { id: true, memberId: true },
  });
  for (const u of users) byMember.set(u.memberId!, [...(byMember.get(u.memberId!) ?? []), u.id]);
  return byMember;
}

/** The accounts of a unit whose offices today carry the permission. */
export async function usersWithPermission(tx: Tx, unitId: string, permission: Permission, today: Date) {
  const users = await tx.user.findMany({
    where: {
      unitId,
      ...ACTIVE_USER,
      member: {
        status: "ACTIVE",
        positions: { some: { office: { in: officesWith(permission) }, ...heldOn(today) } },
      },
    },
    select: { id: true },
  });
  return users.map((u) => u.id);
}

/** The accounts of the leaders (tổ trưởng, tổ phó) of a tổ today. */
export async function usersLeadingGroup(tx: Tx, groupId: string, today: Date) {
  const users = await tx.user.findMany({
    where: {
      ...ACTIVE_USER,
      member: {
        status: "ACTIVE",
        positions: { some: { groupId, office: { in: ["GROUP_LEADER", "GROUP_DEPUTY"] }, ...heldOn(today) } },
      },
    },
    select: { id: true },
  });
  return users.map((u) => u.id);
}

import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { toDateInput, todayInVietnam } from "@/lib/format";

// Statuses whose members may sign in (see loadActor): only they can be given an account.
const SIGN_IN_STATUSES = ["ACTIVE", "SUSPENDED"] as const;

/** The unit's sign-in accounts. Never selects passwordHash. */
export async function findAccounts(actor: Actor) {
  const users = await db.user.findMany({
    where: { unitId: actor.unitId },
    select: {
      id: true,
      email: true,
      isActive: true,
      isSystemAdmin: true,
      lastLoginAt: true,
      createdAt: true,
      member: {
        select: { id: true, fullName: true, sortName: true, status: true, group: { select: { name: true } } },
      },
    },
  });
  // Active accounts first, then by given name as Vietnamese lists do.
  users.sort(
    (a, b) =>
      Number(b.isActive) - Number(a.isActive) ||
      (a.member?.sortName ?? a.email).localeCompare(b.member?.sortName ?? b.email),
  );
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    isActive: u.isActive,
    isSystemAdmin: u.isSystemAdmin,
    isSelf: u.id === actor.userId,
    // The day only ("yyyy-MM-dd", Vietnam): a sign-in time to the minute could be matched with the
    // moment an anonymous opinion arrived (docs/security.md).
    lastLoginOn: u.lastLoginAt ? toDateInput(todayInVietnam(u.lastLoginAt)) : null,
    memberName: u.member?.fullName ?? null,
    memberStatus: u.member?.status ?? null,
    groupName: u.member?.group.name ?? null,
  }));
}
export type AccountRow = Awaited<ReturnType<typeof findAccounts>>[number];

/** Members who may sign in but have no account yet, for the "Tạo tài khoản" picker. */
export async function findMembersWithoutAccount(actor: Actor) {
  return db.member.findMany({
    where: { unitId: actor.unitId, status: { in: [...SIGN_IN_STATUSES] }, user: { is: null } },
    orderBy: [{ sortName: "asc" }, { id: "asc" }],
    select: { id: true, fullName: true, email: true, group: { select: { name: true } } },
  });
}
export type MemberWithoutAccount = Awaited<ReturnType<typeof findMembersWithoutAccount>>[number];

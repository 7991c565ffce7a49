// Everything a member action could touch, for "the database is unchanged" checks.
import { db } from "@/lib/db";

export async function snapshotUnits(unitIds: string[]) {
  const members = await db.member.findMany({ where: { unitId: { in: unitIds } }, orderBy: { id: "asc" } });
  const memberIds = members.map((m) => m.id);
  const users = await db.user.findMany({ where: { unitId: { in: unitIds } }, orderBy: { id: "asc" } });
  const userIds = users.map((u) => u.id);
  const [events, memberships, positions, audit] = await Promise.all([
    db.memberEvent.findMany({ where: { memberId: { in: memberIds } }, orderBy: { id: "asc" } }),
    db.groupMembership.findMany({ where: { memberId: { in: memberIds } }, orderBy: { id: "asc" } }),
    db.position.findMany({ where: { memberId: { in: memberIds } }, orderBy: { id: "asc" } }),
    db.auditLog.findMany({
      where: { OR: [{ entityId: { in: memberIds } }, { actorUserId: { in: userIds } }] },
      orderBy: { id: "asc" },
    }),
  ]);
  return { members, users, events, memberships, positions, audit };
}

/** Audit rows written since a given id (BigInt autoincrement), for one entity or actor. */
export async function auditSince(sinceId: bigint, where: { entityId?: string; actorUserId?: string } = {}) {
  return db.auditLog.findMany({ where: { id: { gt: sinceId }, ...where }, orderBy: { id: "asc" } });
}

export async function lastAuditId(): Promise<bigint> {
  const row = await db.auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return row?.id ?? BigInt(0);
}

import "server-only";
import { describeChange, groupIdsIn } from "@/lib/audit/describe";
import { writeAudit } from "@/lib/audit/log";
import { type Actor, can } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { toSearchText } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CURRENT_STATUSES } from "./labels";
import type { MemberListParams } from "./schema";
import { memberScope } from "./scope";

export const PAGE_SIZE = 20;

const ORDER: Record<string, Prisma.MemberOrderByWithRelationInput[]> = {
  name: [{ sortName: "asc" }, { id: "asc" }],
  "-name": [{ sortName: "desc" }, { id: "asc" }],
  joined: [{ joinedUnionOn: "asc" }, { sortName: "asc" }],
  "-joined": [{ joinedUnionOn: "desc" }, { sortName: "asc" }],
  dob: [{ dateOfBirth: "asc" }, { sortName: "asc" }],
  "-dob": [{ dateOfBirth: "desc" }, { sortName: "asc" }],
  card: [{ cardNumber: "asc" }, { sortName: "asc" }],
  "-card": [{ cardNumber: "desc" }, { sortName: "asc" }],
};

export function memberListWhere(
  actor: Actor,
  p: Pick<MemberListParams, "q" | "group" | "status" | "gender"> & { party?: MemberListParams["party"] },
) {
  const and: Prisma.MemberWhereInput[] = [memberScope(actor)];
  if (p.q) {
    const text = toSearchText(p.q);
    and.push({ OR: [{ searchName: { contains: text } }, { cardNumber: { contains: p.q.trim() } }] });
  }
  if (p.group) and.push({ groupId: p.group });
  if (p.status === "current") and.push({ status: { in: CURRENT_STATUSES } });
  else if (p.status !== "all") and.push({ status: p.status });
  if (p.gender) and.push({ gender: p.gender });
  if (p.party === "1") and.push({ isPartyMember: true });
  return { AND: and } satisfies Prisma.MemberWhereInput;
}

export async function findMembers(actor: Actor, p: MemberListParams) {
  const where = memberListWhere(actor, p);
  const [total, rows] = await Promise.all([
    db.member.count({ where }),
    db.member.findMany({
      where,
      orderBy: ORDER[p.sort],
      skip: (p.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        fullName: true,
        gender: true,
        dateOfBirth: true,
        cardNumber: true,
        joinedUnionOn: true,
        status: true,
        jobTitle: true,
        group: { select: { id: true, name: true } },
      },
    }),
  ]);
  return {
    rows,
    total,
    page: p.page,
    pageSize: PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}

const DETAIL_SELECT = {
  id: true,
  fullName: true,
  gender: true,
  dateOfBirth: true,
  idNumber: true,
  hometown: true,
  ethnicity: true,
  phone: true,
  email: true,
  jobTitle: true,
  department: true,
  qualification: true,
  isPartyMember: true,
  partyJoinedOn: true,
  contractType: true,
  cardNumber: true,
  joinedUnionOn: true,
  insuranceSalary: true,
  status: true,
  note: true,
  groupId: true,
  version: true,
  group: { select: { id: true, name: true } },
  user: { select: { email: true, isActive: true } },
} satisfies Prisma.MemberSelect;

/** A member's full record, or null when missing or outside the actor's scope. Reads by others are audited. */
export async function getMember(actor: Actor, id: string) {
  const member = await db.member.findFirst({
    where: { AND: [{ id }, memberScope(actor)] },
    select: DETAIL_SELECT,
  });
  if (member && member.id !== actor.memberId) {
    await writeAudit(db, actor, { action: "member.read", entityType: "Member", entityId: member.id });
  }
  return member;
}
export type MemberDetail = NonNullable<Awaited<ReturnType<typeof getMember>>>;

export async function getMemberTimeline(actor: Actor, id: string) {
  const member = await db.member.findFirst({
    where: { AND: [{ id }, memberScope(actor)] },
    select: { id: true },
  });
  if (!member) return null;
  const [events, positions] = await Promise.all([
    db.memberEvent.findMany({
      where: { memberId: id },
      orderBy: [{ effectiveOn: "desc" }, { createdAt: "desc" }],
    }),
    db.position.findMany({
      where: { memberId: id },
      orderBy: { startOn: "desc" },
      select: {
        id: true,
        office: true,
        startOn: true,
        endOn: true,
        group: { select: { name: true } },
        term: { select: { name: true } },
      },
    }),
  ]);
  const groupIds = [
    ...new Set(events.flatMap((e) => [e.fromGroupId, e.toGroupId]).filter(Boolean) as string[]),
  ];
  const groups = await db.group.findMany({
    where: { id: { in: groupIds } },
    select: { id: true, name: true },
  });
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  return {
    events: events.map((e) => ({
      ...e,
      fromGroupName: groupName.get(e.fromGroupId ?? ""),
      toGroupName: groupName.get(e.toGroupId ?? ""),
    })),
    positions,
  };
}

/** The audit trail of one member, for BCH and UBKT. */
export async function getMemberAudit(actor: Actor, id: string) {
  if (!can(actor, "members.history.read")) return null;
  const member = await db.member.findFirst({
    where: { AND: [{ id }, memberScope(actor)] },
    select: { id: true },
  });
  if (!member) return null;
  const rows = await db.auditLog.findMany({
    where: { entityType: "Member", entityId: id },
    orderBy: { at: "desc" },
    take: 100,
  });
  const actorIds = [...new Set(rows.map((r) => r.actorUserId).filter(Boolean) as string[])];
  const users = await db.user.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, email: true, member: { select: { fullName: true } } },
  });
  const who = new Map(users.map((u) => [u.id, u.member?.fullName ?? u.email]));
  // The tổ named in the entries, by name (an archived tổ keeps its name).
  const groups = await db.group.findMany({
    where: { id: { in: groupIdsIn(rows) }, unitId: actor.unitId },
    select: { id: true, name: true },
  });
  const names = { groups: new Map(groups.map((g) => [g.id, g.name])) };
  return rows.map((r) => ({
    id: r.id.toString(),
    at: r.at,
    action: r.action,
    actor: who.get(r.actorUserId ?? "") ?? "Hệ thống",
    // What changed, in words; a new record lists no fields (its page shows them).
    changes: r.before ? describeChange(r.before, r.after, names) : [],
  }));
}

/** For a đoàn viên: the names and tổ of their tổ's members, nothing private. */
export async function findGroupPeers(actor: Actor) {
  if (!actor.ownGroupId) return [];
  return db.member.findMany({
    where: { unitId: actor.unitId, groupId: actor.ownGroupId, status: { in: CURRENT_STATUSES } },
    orderBy: { sortName: "asc" },
    select: { id: true, fullName: true, group: { select: { name: true } } },
  });
}

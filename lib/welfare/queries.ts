import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { toSearchText } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { VisitListParams } from "./schema";
import { proposableMembers, visitScope } from "./scope";
import { yearRange } from "./service";

export const PAGE_SIZE = 20;

export function visitListWhere(
  actor: Actor,
  p: Omit<VisitListParams, "page">,
): Prisma.WelfareVisitWhereInput {
  const { from, to } = yearRange(p.year);
  const and: Prisma.WelfareVisitWhereInput[] = [visitScope(actor), { eventOn: { gte: from, lt: to } }];
  if (p.category) and.push({ categoryId: p.category });
  if (p.state) and.push({ state: p.state });
  const member: Prisma.MemberWhereInput = {};
  if (p.group) member.groupId = p.group;
  if (p.q) member.searchName = { contains: toSearchText(p.q) };
  if (Object.keys(member).length) and.push({ member });
  return { AND: and };
}

/** One page of visits, newest event first. */
export async function findVisits(actor: Actor, p: VisitListParams) {
  const where = visitListWhere(actor, p);
  const [total, rows] = await Promise.all([
    db.welfareVisit.count({ where }),
    db.welfareVisit.findMany({
      where,
      orderBy: [{ eventOn: "desc" }, { id: "desc" }],
      skip: (p.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        eventOn: true,
        visitedOn: true,
        amount: true,
        giftInKind: true,
        fund: true,
        state: true,
        relativeName: true,
        relationship: true,
        overrideReason: true,
        member: { select: { id: true, fullName: true, group: { select: { name: true } } } },
        category: { select: { name: true } },
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
export type VisitRow = Awaited<ReturnType<typeof findVisits>>["rows"][number];

/** One visit with its visitors, or null when missing or outside the actor's scope. */
export async function getVisit(actor: Actor, id: string) {
  return db.welfareVisit.findFirst({
    where: { AND: [{ id }, visitScope(actor)] },
    include: {
      member: { select: { id: true, fullName: true, groupId: true, group: { select: { name: true } } } },
      category: { select: { id: true, name: true, relativeApplies: true } },
      visitors: { select: { member: { select: { id: true, fullName: true } } } },
    },
  });
}
export type VisitDetail = NonNullable<Awaited<ReturnType<typeof getVisit>>>;

/** The audit trail of one visit (create, edits, overrides, approval, done, cancel). */
export async function getVisitHistory(actor: Actor, id: string) {
  const visit = await db.welfareVisit.findFirst({
    where: { AND: [{ id }, visitScope(actor)] },
    select: { id: true },
  });
  if (!visit) return [];
  const rows = await db.auditLog.findMany({
    where: { entityType: "WelfareVisit", entityId: id },
    orderBy: { id: "asc" },
  });
  const ids = [...new Set(rows.map((r) => r.actorUserId).filter(Boolean) as string[])];
  const users = await db.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, email: true, member: { select: { fullName: true } } },
  });
  const who = new Map(users.map((u) => [u.id, u.member?.fullName ?? u.email]));
  return rows.map((r) => ({
    id: r.id.toString(),
    at: r.at,
    action: r.action,
    actor: who.get(r.actorUserId ?? "") ?? "Hệ thống",
    after: r.after as Record<string, unknown> | null,
  }));
}

/** A member's own history, every year, for "Của tôi". The id comes from the session. */
export async function findOwnVisits(actor: Actor) {
  if (!actor.memberId) return [];
  return db.welfareVisit.findMany({
    where: { memberId: actor.memberId, unitId: actor.unitId, state: { not: "CANCELLED" } },
    orderBy: [{ eventOn: "desc" }, { id: "desc" }],
    select: {
      id: true,
      eventOn: true,
      visitedOn: true,
      amount: true,
      giftInKind: true,
      state: true,
      relativeName: true,
      relationship: true,
      category: { select: { name: true } },
    },
  });
}

/** The members an actor may propose a visit for, for the form's picker. */
export async function listProposableMembers(actor: Actor) {
  return db.member.findMany({
    where: proposableMembers(actor),
    orderBy: [{ sortName: "asc" }, { id: "asc" }],
    select: { id: true, fullName: true, group: { select: { name: true } } },
  });
}

/** BCH members holding office today: the people who go on visits. */
export async function listVisitorOptions(actor: Actor) {
  const today = clock.today();
  return db.member.findMany({
    where: {
      unitId: actor.unitId,
      positions: {
        some: {
          office: { in: ["CHAIR", "VICE_CHAIR", "BCH_MEMBER"] },
          startOn: { lte: today },
          OR: [{ endOn: null }, { endOn: { gte: today } }],
        },
      },
    },
    orderBy: { sortName: "asc" },
    select: { id: true, fullName: true },
  });
}

export async function listNominations(actor: Actor) {
  return db.welfareNomination.findMany({
    where: { unitId: actor.unitId },
    orderBy: [{ proposedOn: "desc" }, { id: "desc" }],
    select: {
      id: true,
      proposedOn: true,
      situation: true,
      state: true,
      decisionRef: true,
      note: true,
      member: { select: { fullName: true, group: { select: { name: true } } } },
    },
  });
}

import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { toSearchText } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { REGISTRATION_STATES, type RegistrationState } from "../labels";
import { registrationScope, visibleGroupIds } from "../scope";

export const PAGE_SIZE = 50;

export type RegistrationListParams = { group: string; state: string; q: string; page: number };

export function parseListParams(sp: Record<string, string | string[] | undefined>): RegistrationListParams {
  const one = (k: string) => (Array.isArray(sp[k]) ? sp[k]![0] : sp[k]) ?? "";
  return {
    group: one("group"),
    state: one("state") || "pending",
    q: one("q").slice(0, 100),
    page: Math.max(1, Number(one("page")) || 1),
  };
}

const REG_SELECT = {
  id: true,
  state: true,
  titleIds: true,
  movementIds: true,
  submittedAt: true,
  returnReason: true,
  lateAllowedAt: true,
  member: { select: { id: true, fullName: true, gender: true, group: { select: { id: true, name: true } } } },
  group: { select: { id: true, name: true } },
  commitments: {
    orderBy: { position: "asc" },
    select: { id: true, kind: true, content: true, target: true },
  },
} satisfies Prisma.EmulationRegistrationSelect;

/** The BCH's approval list: registrations of a year by tổ, state and name, paged on the server. */
export async function findRegistrations(actor: Actor, yearId: string, p: RegistrationListParams) {
  const states: RegistrationState[] =
    p.state === "pending"
      ? ["SUBMITTED", "FORWARDED"]
      : REGISTRATION_STATES.includes(p.state as RegistrationState)
        ? [p.state as RegistrationState]
        : REGISTRATION_STATES;
  const where: Prisma.EmulationRegistrationWhereInput = {
    AND: [
      registrationScope(actor),
      { yearId, state: { in: states } },
      p.group ? { OR: [{ member: { groupId: p.group } }, { groupId: p.group }] } : {},
      p.q ? { member: { searchName: { contains: toSearchText(p.q) } } } : {},
    ],
  };
  const [total, rows] = await Promise.all([
    db.emulationRegistration.count({ where }),
    db.emulationRegistration.findMany({
      where,
      select: REG_SELECT,
      orderBy: [{ groupId: "asc" }, { member: { group: { name: "asc" } } }, { member: { sortName: "asc" } }],
      skip: (p.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  return { total, rows, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
export type RegistrationRow = Awaited<ReturnType<typeof findRegistrations>>["rows"][number];

/** A tổ's active members with their registration and self-assessment for the year: the reminder list. */
export async function getGroupRoster(actor: Actor, yearId: string, groupId: string) {
  const groups = visibleGroupIds(actor);
  if (groups !== "all" && !groups.includes(groupId)) return null;
  const group = await db.group.findFirst({
    where: { id: groupId, unitId: actor.unitId },
    select: { id: true, name: true },
  });
  if (!group) return null;
  const members = await db.member.findMany({
    where: { groupId, unitId: actor.unitId, status: "ACTIVE" },
    orderBy: { sortName: "asc" },
    select: {
      id: true,
      fullName: true,
      gender: true,
      emulationRegistrations: {
        where: { yearId },
        select: {
          id: true,
          state: true,
          firstSubmittedAt: true,
          lateAllowedAt: true,
          returnReason: true,
          titleIds: true,
          movementIds: true,
        },
      },
      emulationAssessments: {
        where: { yearId },
        select: {
          id: true,
          state: true,
          totalPoints: true,
          proposedLevel: true,
          returnedAt: true,
          returnReason: true,
        },
      },
    },
  });
  const collective = await db.emulationRegistration.findUnique({
    where: { yearId_subjectKey: { yearId, subjectKey: `g:${groupId}` } },
    select: { ...REG_SELECT, firstSubmittedAt: true },
  });
  return {
    group,
    collective,
    members: members.map(
      ({ emulationRegistrations: [registration], emulationAssessments: [assessment], ...m }) => ({
        ...m,
        registration: registration ?? null,
        assessment: assessment ?? null,
      }),
    ),
  };
}
export type GroupRoster = NonNullable<Awaited<ReturnType<typeof getGroupRoster>>>;

/** The signed-in member's own registration for the year, with the programme. */
export async function getOwnRegistration(actor: Actor, yearId: string) {
  if (!actor.memberId) return null;
  return db.emulationRegistration.findUnique({
    where: { yearId_subjectKey: { yearId, subjectKey: `m:${actor.memberId}` } },
    select: { ...REG_SELECT, firstSubmittedAt: true, decidedAt: true },
  });
}

/**
 * For the year-end rating (issue 6): only approved registrations may be proposed for a title.
 * Members (or tổ) of the unit whose registration for the year is approved, optionally for one title.
 */
export async function findApprovedRegistrations(unitId: string, yearId: string, titleId?: string) {
  return db.emulationRegistration.findMany({
    where: {
      yearId,
      year: { unitId },
      state: "APPROVED",
      ...(titleId ? { titleIds: { has: titleId } } : {}),
    },
    select: { id: true, memberId: true, groupId: true, titleIds: true, movementIds: true },
  });
}

/** May this member (or tổ) be proposed for this title? Only with an approved registration naming it. */
export async function mayBeProposed(
  yearId: string,
  subject: { memberId?: string; groupId?: string },
  titleId: string,
) {
  const subjectKey = subject.memberId ? `m:${subject.memberId}` : `g:${subject.groupId}`;
  const r = await db.emulationRegistration.findUnique({
    where: { yearId_subjectKey: { yearId, subjectKey } },
    select: { state: true, titleIds: true },
  });
  return !!r && r.state === "APPROVED" && r.titleIds.includes(titleId);
}

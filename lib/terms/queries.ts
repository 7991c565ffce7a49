import "server-only";
import { type Actor, can } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { ALL_ROLES, BCH_ROLES, GROUP_ROLES, pickCurrentTerm, positionPhase, UBKT_ROLES } from "./service";

export async function listTerms(actor: Actor) {
  if (!can(actor, "positions.read")) return [];
  return db.term.findMany({
    where: { unitId: actor.unitId },
    orderBy: { startOn: "desc" },
    select: { id: true, name: true, startOn: true, endOn: true },
  });
}
export type TermOption = Awaited<ReturnType<typeof listTerms>>[number];

const inList = (list: readonly string[]) => (office: string) => list.includes(office);

/**
 * One term with the positions held in it, split into BCH, UBKT and tổ officers in office
 * (or about to be), and past holders. Without an id: the current term. Null when there is
 * no term, or the id is not one of the unit's terms.
 */
export async function getTermView(actor: Actor, termId?: string) {
  const today = clock.today();
  const terms = await listTerms(actor);
  const term = termId ? terms.find((t) => t.id === termId) : pickCurrentTerm(terms, today);
  if (!term) return { terms, term: null } as const;
  const rows = await db.position.findMany({
    where: { termId: term.id },
    orderBy: [{ startOn: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      office: true,
      startOn: true,
      endOn: true,
      decisionRef: true,
      group: { select: { id: true, name: true } },
      member: { select: { id: true, fullName: true } },
    },
  });
  const positions = rows
    .map((p) => ({ ...p, phase: positionPhase(p, today) }))
    .sort((a, b) => ALL_ROLES.indexOf(a.office) - ALL_ROLES.indexOf(b.office));
  const inOffice = positions.filter((p) => p.phase !== "past");
  return {
    terms,
    term: { ...term, isCurrent: term.startOn <= today && term.endOn >= today },
    bch: inOffice.filter((p) => inList(BCH_ROLES)(p.office)),
    ubkt: inOffice.filter((p) => inList(UBKT_ROLES)(p.office)),
    groupOfficers: inOffice.filter((p) => inList(GROUP_ROLES)(p.office)),
    past: positions.filter((p) => p.phase === "past").sort((a, b) => b.endOn!.getTime() - a.endOn!.getTime()),
  } as const;
}
export type TermView = Awaited<ReturnType<typeof getTermView>>;
export type PositionRow = Extract<TermView, { bch: unknown }>["bch"][number];

/** Who can be given a position: members in good standing, with what the picker searches on. */
export async function listAssignableMembers(actor: Actor) {
  if (!can(actor, "positions.write")) return [];
  return db.member.findMany({
    where: { unitId: actor.unitId, status: "ACTIVE" },
    orderBy: [{ sortName: "asc" }, { id: "asc" }],
    select: { id: true, fullName: true, searchName: true, groupId: true },
  });
}
export type AssignableMember = Awaited<ReturnType<typeof listAssignableMembers>>[number];

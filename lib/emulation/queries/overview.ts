import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RegistrationState } from "../labels";
import { visibleGroupIds } from "../scope";

export type GroupOverview = {
  groupId: string;
  groupName: string;
  members: number;
  counts: Record<RegistrationState, number>;
  /** Active members who have not sent a registration yet (none, or a draft never sent). */
  missing: number;
  assessed: number;
  assessmentDrafts: number;
  collectiveState: RegistrationState | null;
};

type Row = {
  groupId: string; groupName: string; members: number; draft: number; submitted: number; forwarded: number;
  approved: number; returned: number; missing: number; assessed: number; assessment_drafts: number; collective: RegistrationState | null;
};

/** Counts by tổ × state for one year, in one set-based query (the BCH's overview, a tổ trưởng's own tổ). */
export async function getRegistrationOverview(actor: Actor, yearId: string): Promise<GroupOverview[]> {
  const groups = visibleGroupIds(actor);
  if (groups !== "all" && !groups.length) return [];
  const only = groups === "all" ? Prisma.empty : Prisma.sql`AND g.id = ANY(${groups})`;
  const rows = await db.$queryRaw<Row[]>`
    SELECT g.id AS "groupId", g.name AS "groupName",
      count(m.id)::int AS members,
      count(r."memberId") FILTER (WHERE r.state = 'DRAFT')::int AS draft,
      count(r."memberId") FILTER (WHERE r.state = 'SUBMITTED')::int AS submitted,
      count(r."memberId") FILTER (WHERE r.state = 'FORWARDED')::int AS forwarded,
      count(r."memberId") FILTER (WHERE r.state = 'APPROVED')::int AS approved,
      count(r."memberId") FILTER (WHERE r.state = 'RETURNED')::int AS returned,
      -- A DRAFT was never sent (a sent one never goes back to DRAFT), so "missing" needs no other column.
      count(m.id) FILTER (WHERE r."memberId" IS NULL OR r.state = 'DRAFT')::int AS missing,
      count(a.id) FILTER (WHERE a.state = 'SUBMITTED')::int AS assessed,
      count(a.id) FILTER (WHERE a.state = 'DRAFT')::int AS assessment_drafts,
      max(c.state::text) AS collective
    FROM "Group" g
    JOIN "EmulationYear" y ON y.id = ${yearId} AND y."unitId" = g."unitId"
    LEFT JOIN "Member" m ON m."groupId" = g.id AND m.status = 'ACTIVE'
    LEFT JOIN "EmulationRegistration" r ON r."yearId" = y.id AND r."memberId" = m.id
    LEFT JOIN "EmulationSelfAssessment" a ON a."yearId" = y.id AND a."memberId" = m.id
    LEFT JOIN "EmulationRegistration" c ON c."yearId" = y.id AND c."subjectKey" = 'g:' || g.id
    WHERE g."unitId" = ${actor.unitId} AND g."archivedAt" IS NULL ${only}
    GROUP BY g.id, g.name
    ORDER BY g.name`;
  return rows.map((r) => ({
    groupId: r.groupId,
    groupName: r.groupName,
    members: r.members,
    counts: { DRAFT: r.draft, SUBMITTED: r.submitted, FORWARDED: r.forwarded, APPROVED: r.approved, RETURNED: r.returned },
    missing: r.missing,
    assessed: r.assessed,
    assessmentDrafts: r.assessment_drafts,
    collectiveState: r.collective,
  }));
}

export function totalsOf(rows: GroupOverview[]) {
  const sum = (f: (r: GroupOverview) => number) => rows.reduce((s, r) => s + f(r), 0);
  return {
    members: sum((r) => r.members),
    missing: sum((r) => r.missing),
    pending: sum((r) => r.counts.SUBMITTED + r.counts.FORWARDED),
    approved: sum((r) => r.counts.APPROVED),
    returned: sum((r) => r.counts.RETURNED),
    assessed: sum((r) => r.assessed),
  };
}

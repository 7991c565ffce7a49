import "server-only";
// What the UBKT and the BCH read of the UBKT's work (inspections.read), scoped to the actor's unit.
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The plan of a year: its lines in month order (lines taken out of it last), with their inspections. */
export async function findPlan(actor: Actor, year: number) {
  return db.inspectionPlanItem.findMany({
    where: { unitId: actor.unitId, year },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { plannedMonth: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      subject: true,
      content: true,
      periodLabel: true,
      plannedMonth: true,
      team: true,
      archivedAt: true,
      inspections: { select: { id: true, status: true } },
    },
  });
}
export type PlanItem = Awaited<ReturnType<typeof findPlan>>[number];

/** The inspections of a year with their counts: findings, recommendations, those still pending. */
export async function findInspections(actor: Actor, year: number) {
  const rows = await db.inspection.findMany({
    where: { unitId: actor.unitId, year },
    orderBy: [{ periodTo: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      subject: true,
      status: true,
      inspectedParty: true,
      periodFrom: true,
      periodTo: true,
      concludedOn: true,
      findings: { where: { withdrawnAt: null }, select: { id: true } },
      recommendations: { where: { status: { not: "WITHDRAWN" } }, select: { status: true } },
    },
  });
  return rows.map(({ findings, recommendations, ...i }) => ({
    ...i,
    findingCount: findings.length,
    recommendationCount: recommendations.length,
    pendingCount: recommendations.filter((r) => r.status !== "ACCEPTED").length,
  }));
}

const DETAIL = {
  id: true,
  year: true,
  subject: true,
  title: true,
  inspectedParty: true,
  periodFrom: true,
  periodTo: true,
  status: true,
  startedOn: true,
  concludedOn: true,
  closedOn: true,
  conclusion: true,
  inspectedRepName: true,
  inspectedRepTitle: true,
  withdrawnReason: true,
  planItem: { select: { id: true, content: true } },
  team: {
    orderBy: [{ isLeader: "desc" }, { member: { fullName: "asc" } }],
    select: { isLeader: true, member: { select: { id: true, fullName: true } } },
  },
  findings: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      text: true,
      severity: true,
      withdrawnAt: true,
      evidence: { orderBy: { id: "asc" }, select: { kind: true, refId: true, label: true } },
    },
  },
  recommendations: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      findingId: true,
      text: true,
      responsible: true,
      dueOn: true,
      status: true,
      responses: {
        orderBy: [{ respondedAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          text: true,
          doneOn: true,
          respondedByName: true,
          respondedAt: true,
          accepted: true,
          reviewNote: true,
          reviewedByName: true,
          reviewedAt: true,
        },
      },
    },
  },
} satisfies Prisma.InspectionSelect;

export type InspectionDetail = Prisma.InspectionGetPayload<{ select: typeof DETAIL }>;

/** One inspection of the unit in full; another unit's is "not found". */
export async function getInspection(actor: Actor, id: string): Promise<InspectionDetail> {
  const i = await db.inspection.findFirst({ where: { id, unitId: actor.unitId }, select: DETAIL });
  if (!i) throw notFound();
  return i;
}

/** Every inspection of a year in full (the UBKT's báo cáo), withdrawn ones left out. */
export async function findInspectionDetails(actor: Actor, year: number) {
  return db.inspection.findMany({
    where: { unitId: actor.unitId, year, status: { not: "WITHDRAWN" } },
    orderBy: [{ periodTo: "asc" }, { id: "asc" }],
    select: DETAIL,
  });
}

/** The unit as the UBKT's papers head it: the CĐCS above, the Ủy ban Kiểm tra below. */
export async function ubktPaperUnit(actor: Actor) {
  const u = await db.unit.findUniqueOrThrow({
    where: { id: actor.unitId },
    select: { name: true, placeName: true },
  });
  return { parentName: u.name, name: "Ủy ban Kiểm tra", placeName: u.placeName };
}

import "server-only";
// Counts of a span of days that no screen showed as a number: the decisions of the period's meetings
// (done, overdue, still open), the opinions received (answered, pending) and the đoàn phí remitted.
// Set-based; `from` inclusive, `to` exclusive.
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";

type Span = { from: Date; to: Date };

/** Decisions of the meetings held in the span: done, overdue today (open past their due date), open. */
export async function decisionCounts(unitId: string, moments: Span) {
  const today = clock.today();
  const [row] = await db.$queryRaw<{ total: number; done: number; overdue: number }[]>`
    SELECT count(*)::int AS total,
           count(*) FILTER (WHERE d."isDone")::int AS done,
           count(*) FILTER (WHERE NOT d."isDone" AND d."dueOn" < ${today})::int AS overdue
    FROM "MeetingDecision" d JOIN "Meeting" m ON m.id = d."meetingId"
    WHERE m."unitId" = ${unitId} AND m."startsAt" >= ${moments.from} AND m."startsAt" < ${moments.to}`;
  return { ...row, open: row.total - row.done - row.overdue };
}

/** Opinions that arrived in the span: answered, and pending (new or being handled). */
export async function opinionCounts(unitId: string, moments: Span) {
  const [row] = await db.$queryRaw<{ received: number; answered: number; pending: number }[]>`
    SELECT count(*)::int AS received,
           count(*) FILTER (WHERE o.status = 'ANSWERED')::int AS answered,
           count(*) FILTER (WHERE o.status IN ('NEW', 'IN_PROGRESS'))::int AS pending
    FROM "Opinion" o
    WHERE o."unitId" = ${unitId} AND o."createdAt" >= ${moments.from} AND o."createdAt" < ${moments.to}`;
  return row;
}

/** Đoàn phí sent to the cấp trên in the span (by the day it was paid). */
export async function remittedTotal(unitId: string, span: Span) {
  const [row] = await db.$queryRaw<{ total: bigint | null }[]>`
    SELECT SUM(amount)::bigint AS total FROM "DuesRemittance"
    WHERE "unitId" = ${unitId} AND "paidOn" >= ${span.from} AND "paidOn" < ${span.to}`;
  return Number(row.total ?? 0);
}

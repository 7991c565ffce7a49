import "server-only";
// The year-end awards papers (lib/rating/reports/docs/awards-doc.ts): every title awarded (Đạt)
// or proposed, with where it goes (the cấp trên, the CĐCS, the agency's Hội đồng thi đua), and
// the BCH's bình xét meeting the papers cite.
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { listAwardsForReport } from "@/lib/rating/titles/queries";
import { canExport, reportContext } from "./context";

export async function getAwardsReport(actor: Actor, year: number) {
  if (!canExport(actor)) return null;
  const ctx = await reportContext(actor, year);
  if (!ctx) return null;
  const [awards, meeting] = await Promise.all([
    listAwardsForReport(actor.unitId, year),
    ctx.ry.decisionMeetingId
      ? db.meeting.findUnique({
          where: { id: ctx.ry.decisionMeetingId },
          select: { title: true, startsAt: true },
        })
      : null,
  ]);
  return { ...ctx, awards, meeting };
}
export type AwardsReportData = NonNullable<Awaited<ReturnType<typeof getAwardsReport>>>;

import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { assertYearStarted, FINAL_REFUSAL, lockReport, STALE } from "./lock";
import type { saveSectionSchema } from "./schema";

/** One narrative section of the year's tổng kết, written or rewritten while the report is a draft. */
export async function saveAnnualSection(actor: Actor, input: z.output<typeof saveSectionSchema>) {
  await assertYearStarted(actor.unitId, input.year);
  return db.$transaction(async (tx) => {
    const report = await lockReport(tx, actor.unitId, input.year, true);
    if (report.status === "FINAL") throw conflict(FINAL_REFUSAL);
    const before = await tx.annualReportSection.findUnique({
      where: { reportId_key: { reportId: report.id, key: input.key } },
      select: { id: true, body: true, version: true },
    });
    if ((before?.version ?? 0) !== input.version) throw conflict(STALE);
    const section = before
      ? await tx.annualReportSection.update({
          where: { id: before.id },
          data: { body: input.body, version: { increment: 1 }, updatedByUserId: actor.userId },
          select: { id: true, version: true },
        })
      : await tx.annualReportSection.create({
          data: {
            reportId: report.id,
            key: input.key,
            body: input.body,
            version: 1,
            updatedByUserId: actor.userId,
          },
          select: { id: true, version: true },
        });
    await tx.annualReport.update({ where: { id: report.id }, data: { version: { increment: 1 } } });
    await writeAudit(tx, actor, {
      action: "annualReport.section.save",
      entityType: "AnnualReportSection",
      entityId: section.id,
      before: before ? { body: before.body } : null,
      after: { year: input.year, key: input.key, body: input.body },
    });
    return { id: section.id, version: section.version };
  });
}

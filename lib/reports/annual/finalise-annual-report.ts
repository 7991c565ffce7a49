import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { FINAL_REFUSAL, lockReport, STALE } from "./lock";
import type { finaliseSchema } from "./schema";
import { SECTION_KEYS, SECTION_TITLES } from "./sections";

/** The chủ tịch marks the year's tổng kết final: every narrative section written, then no more edits. */
export async function finaliseAnnualReport(actor: Actor, input: z.output<typeof finaliseSchema>) {
  return db.$transaction(async (tx) => {
    const report = await lockReport(tx, actor.unitId, input.year, false);
    if (report.status === "FINAL") throw conflict(FINAL_REFUSAL);
    if (report.version !== input.version) throw conflict(STALE);
    const written = new Set(
      (await tx.annualReportSection.findMany({ where: { reportId: report.id }, select: { key: true } })).map(
        (s) => s.key,
      ),
    );
    const missing = SECTION_KEYS.filter((k) => !written.has(k)).map((k) => SECTION_TITLES[k]);
    if (missing.length) throw conflict(`Chưa viết: ${missing.join("; ")}.`);
    const after = { status: "FINAL" as const, finalisedAt: clock.now(), finalisedByUserId: actor.userId };
    await tx.annualReport.update({ where: { id: report.id }, data: { ...after, version: { increment: 1 } } });
    await writeAudit(tx, actor, {
      action: "annualReport.finalise",
      entityType: "AnnualReport",
      entityId: report.id,
      before: { status: report.status },
      after: { year: input.year, ...after },
    });
    return { id: report.id };
  });
}

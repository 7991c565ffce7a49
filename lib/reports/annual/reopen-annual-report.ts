import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { lockReport, STALE } from "./lock";
import type { reopenSchema } from "./schema";

/** The chủ tịch reopens a finalised tổng kết, with the reason kept in the audit log. */
export async function reopenAnnualReport(actor: Actor, input: z.output<typeof reopenSchema>) {
  return db.$transaction(async (tx) => {
    const report = await lockReport(tx, actor.unitId, input.year, false);
    if (report.status !== "FINAL") throw conflict("Báo cáo đang là bản nháp, không cần mở lại.");
    if (report.version !== input.version) throw conflict(STALE);
    await tx.annualReport.update({
      where: { id: report.id },
      data: { status: "DRAFT", finalisedAt: null, finalisedByUserId: null, version: { increment: 1 } },
    });
    await writeAudit(tx, actor, {
      action: "annualReport.reopen",
      entityType: "AnnualReport",
      entityId: report.id,
      before: { status: "FINAL" },
      after: { year: input.year, status: "DRAFT", reason: input.reason },
    });
    return { id: report.id };
  });
}

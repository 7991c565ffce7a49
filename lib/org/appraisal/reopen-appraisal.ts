import "server-only";
// Reopening a concluded thẩm định, with a reason: back to a draft, and the result taken back out of
// the CĐCS's rating (the audit rows keep what it was). Only the cấp trên that may appraise.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { subtreeUnit } from "../submitted";
import { writeAppraisalBack } from "./flow-back";
import { NOT_CONCLUDED, STALE, unitRatingYear } from "./rules";
import type { reopenAppraisalSchema } from "./schema";

export async function reopenAppraisal(actor: Actor, v: z.output<typeof reopenAppraisalSchema>) {
  return db.$transaction(async (tx) => {
    const unit = await subtreeUnit(tx, actor, v.unitId);
    const [found] = await tx.$queryRaw<
      { id: string; version: number; state: string; total: number; level: string | null }[]
    >`SELECT id, version, state::text AS state, total, level FROM "UpperAppraisal"
       WHERE "unitId" = ${unit.id} AND year = ${v.year} FOR UPDATE`;
    if (!found || found.version !== v.version) throw conflict(STALE);
    if (found.state !== "CONCLUDED") throw conflict(NOT_CONCLUDED);
    const saved = await tx.upperAppraisal.update({
      where: { id: found.id, version: found.version },
      data: {
        state: "DRAFT",
        concludedAt: null,
        concludedById: null,
        reopenReason: v.reason,
        version: { increment: 1 },
      },
    });
    await writeAppraisalBack(tx, actor, await unitRatingYear(tx, unit.id, v.year), null);
    await writeAudit(tx, actor, {
      action: "org.appraisal.reopen",
      entityType: "UpperAppraisal",
      entityId: saved.id,
      before: { state: "CONCLUDED", total: found.total, level: found.level },
      after: { state: "DRAFT", reason: v.reason },
    });
    return { id: saved.id, version: saved.version };
  });
}

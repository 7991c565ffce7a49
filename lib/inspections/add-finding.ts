import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { z } from "@/lib/validation";
import { resolveEvidence } from "./evidence-records";
import { loadInspectionFor, lockInState } from "./load";
import type { findingSchema } from "./schema";

/** A finding of an inspection in progress, with the unit's records it rests on. */
export async function addFinding(actor: Actor, input: z.output<typeof findingSchema>) {
  const i = await loadInspectionFor(actor, input.inspectionId, "record");
  const evidence = await resolveEvidence(actor.unitId, input.evidence);
  return db.$transaction(async (tx) => {
    await lockInState(tx, i.id, "IN_PROGRESS");
    const f = await tx.inspectionFinding.create({
      data: {
        inspectionId: i.id,
        text: input.text,
        severity: input.severity,
        evidence: { create: evidence },
      },
    });
    await writeAudit(tx, actor, {
      action: "inspection.finding.add",
      entityType: "InspectionFinding",
      entityId: f.id,
      after: { inspectionId: i.id, text: input.text, severity: input.severity, evidence },
    });
    return { id: f.id };
  });
}

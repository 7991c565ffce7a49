import "server-only";
// An upload becomes a job row (audited); the sheet is processed after the response is sent.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

export async function createImportJob(actor: Actor, fileName: string, bytes: number) {
  return db.$transaction(async (tx) => {
    const job = await tx.memberImport.create({
      data: { unitId: actor.unitId, createdById: actor.userId, fileName: fileName.slice(0, 200) },
    });
    await writeAudit(tx, actor, {
      action: "member-import.upload",
      entityType: "MemberImport",
      entityId: job.id,
      after: { fileName, bytes },
    });
    return job;
  });
}

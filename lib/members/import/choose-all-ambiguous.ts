import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { ownImport } from "./own-import";
import type { ChooseAllInput } from "./schema";

/** The same choice ("new" or "skip") for every ambiguous row not chosen yet. */
export async function chooseAllAmbiguous(actor: Actor, input: ChooseAllInput) {
  const job = await ownImport(input.importId, actor.unitId);
  if (job.status !== "PREVIEW") throw conflict("Lần nhập này không còn ở bước xem trước.");
  const count = await db.$transaction(async (tx) => {
    const r = await tx.memberImportRow.updateMany({
      where: { importId: job.id, outcome: "AMBIGUOUS", choice: null },
      data: { choice: input.choice },
    });
    await writeAudit(tx, actor, {
      action: "member-import.choose-all",
      entityType: "MemberImport",
      entityId: job.id,
      after: { choice: input.choice, rows: r.count },
    });
    return r.count;
  });
  return { count };
}

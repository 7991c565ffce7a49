import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { loadOpinionInUnit } from "./load-opinion";
import type { opinionIdSchema } from "./schema";

/** mới → đang xử lý. */
export async function startOpinion(actor: Actor, input: z.output<typeof opinionIdSchema>) {
  const o = await loadOpinionInUnit(actor, input.opinionId);
  if (o.status !== "NEW") throw conflict("Chỉ ý kiến mới chuyển được sang “đang xử lý”.");
  return db.$transaction(async (tx) => {
    const r = await tx.opinion.updateMany({
      where: { id: o.id, status: "NEW" },
      data: { status: "IN_PROGRESS" },
    });
    if (!r.count) throw conflict("Ý kiến vừa được người khác xử lý. Hãy tải lại trang.");
    await writeAudit(tx, actor, {
      action: "opinion.start",
      entityType: "Opinion",
      entityId: o.id,
      before: { status: "NEW" },
      after: { status: "IN_PROGRESS" },
    });
    return { status: "IN_PROGRESS" as const };
  });
}

import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { conflict, invalid } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { parseDateInput, type z } from "@/lib/validation";
import { loadInspectionFor, lockInState } from "./load";
import { concludeRefusal } from "./rules";
import type { concludeSchema } from "./schema";

/**
 * đang kiểm tra → đã kết luận: the biên bản kiểm tra is settled (its date, the conclusion, who signs
 * for the inspected party) and its kiến nghị go to the BCH.
 */
export async function concludeInspection(actor: Actor, input: z.output<typeof concludeSchema>) {
  const i = await loadInspectionFor(actor, input.id, "conclude");
  const concludedOn = parseDateInput(input.concludedOn)!;
  if (concludedOn > clock.today()) throw invalid({ concludedOn: "Ngày kết luận không được sau hôm nay." });
  if (i.startedOn && concludedOn < i.startedOn)
    throw invalid({
      concludedOn: `Ngày kết luận không được trước ngày bắt đầu kiểm tra (${formatDate(i.startedOn)}).`,
    });
  const findings = await db.inspectionFinding.count({ where: { inspectionId: i.id, withdrawnAt: null } });
  const refusal = concludeRefusal(findings);
  if (refusal) throw conflict(refusal);
  return db.$transaction(async (tx) => {
    await lockInState(tx, i.id, "IN_PROGRESS");
    const after = {
      status: "CONCLUDED" as const,
      concludedOn,
      conclusion: input.conclusion,
      inspectedRepName: input.inspectedRepName,
      inspectedRepTitle: input.inspectedRepTitle,
    };
    await tx.inspection.update({ where: { id: i.id }, data: after });
    await writeAudit(tx, actor, {
      action: "inspection.conclude",
      entityType: "Inspection",
      entityId: i.id,
      before: { status: i.status },
      after,
    });
    return { id: i.id };
  });
}

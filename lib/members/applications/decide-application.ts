import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { parseDateInput } from "@/lib/validation";
import { assertStep, claim, loadApplication } from "./load";
import type { decideApplicationSchema } from "./schema";

/** The BCH's decision on a đơn: đồng ý (with the meeting or nghị quyết) or không kết nạp (with the reason). */
export async function decideApplication(actor: Actor, input: z.output<typeof decideApplicationSchema>) {
  const app = await loadApplication(actor, input.id);
  const approve = input.outcome === "approve";
  assertStep(app.status, "decide", approve ? "đồng ý kết nạp" : "từ chối");
  const decidedOn = parseDateInput(input.decidedOn)!;
  if (decidedOn < app.appliedOn)
    throw invalid({ decidedOn: "Ngày BCH quyết định không thể trước ngày làm đơn." });
  const status = approve ? "APPROVED" : "REFUSED";
  const data = {
    status,
    decidedOn,
    decisionRef: approve ? input.decisionRef : input.decisionRef || null,
    refusalReason: approve ? null : input.reason,
  } as const;
  await db.$transaction(async (tx) => {
    await claim(tx, app, data);
    await writeAudit(tx, actor, {
      action: approve ? "application.approve" : "application.refuse",
      entityType: "MembershipApplication",
      entityId: app.id,
      before: { status: app.status },
      after: data,
    });
  });
  return { id: app.id, status };
}

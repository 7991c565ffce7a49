import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { parseDateInput } from "@/lib/validation";
import { assertStep, claim, loadApplication } from "./load";
import type { withdrawApplicationSchema } from "./schema";

/** The applicant withdraws their đơn (kept, with the day and the reason). */
export async function withdrawApplication(actor: Actor, input: z.output<typeof withdrawApplicationSchema>) {
  const app = await loadApplication(actor, input.id);
  assertStep(app.status, "withdraw", "rút đơn");
  const withdrawnOn = parseDateInput(input.withdrawnOn)!;
  if (withdrawnOn < app.appliedOn)
    throw invalid({ withdrawnOn: "Ngày rút đơn không thể trước ngày làm đơn." });
  const data = { status: "WITHDRAWN", withdrawnOn, withdrawReason: input.reason || null } as const;
  await db.$transaction(async (tx) => {
    await claim(tx, app, data);
    await writeAudit(tx, actor, {
      action: "application.withdraw",
      entityType: "MembershipApplication",
      entityId: app.id,
      before: { status: app.status },
      after: data,
    });
  });
  return { id: app.id };
}

import "server-only";
import { db, type Tx } from "@/lib/db";
import { loadRateVersions } from "./rates";
import { evaluateLimits, welfareYear, yearRange, type LimitCheck } from "./service";

type Input = {
  unitId: string;
  memberId: string;
  categoryId: string;
  eventOn: Date;
  amount: number;
  visitId?: string;
};

/** The limits of one visit, against the rate in force on its event date and the member's other visits that year. */
export async function checkVisitLimits(client: Tx | typeof db, input: Input): Promise<LimitCheck> {
  const { from, to } = yearRange(welfareYear(input.eventOn));
  const [versions, prior] = await Promise.all([
    loadRateVersions(input.unitId, client),
    client.welfareVisit.findMany({
      where: {
        unitId: input.unitId,
        memberId: input.memberId,
        categoryId: input.categoryId,
        eventOn: { gte: from, lt: to },
        state: { not: "CANCELLED" },
      },
      select: { id: true, eventOn: true, amount: true, state: true },
    }),
  ]);
  return evaluateLimits({
    versions,
    categoryId: input.categoryId,
    eventOn: input.eventOn,
    amount: input.amount,
    prior,
    visitId: input.visitId,
  });
}

/** Serialises saves for one member, so two visits saved at once cannot both slip under a yearly limit. */
export async function lockMember(tx: Tx, memberId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`welfare:${memberId}`}))`;
}

import "server-only";
import { type Actor, can } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { getUnit } from "@/lib/settings/queries";
import type { Fund, VisitState } from "./labels";
import { yearRange } from "./service";
import { getYearSummary } from "./summary";

export type RegisterRow = {
  id: string;
  eventOn: Date;
  visitedOn: Date | null;
  memberName: string;
  groupName: string;
  categoryName: string;
  relativeName: string | null;
  relationship: string | null;
  visitors: string | null;
  amount: number;
  giftInKind: string | null;
  fund: Fund;
  receiptNumber: string | null;
  state: VisitState;
  note: string | null;
  overrideDecisionRef: string | null;
};

/**
 * "SỔ THEO DÕI THĂM HỎI": every visit of the year done / paid, in order of the event, with the year
 * summary computed from the same rows (proposals and approvals not yet paid are in neither). One data function for the print page, the PDF and Excel.
 */
export async function getRegister(actor: Actor, year: number) {
  if (!can(actor, "welfare.export")) throw forbidden();
  const { from, to } = yearRange(year);
  const today = clock.today();
  const [unit, rows, summary, chair] = await Promise.all([
    getUnit(actor.unitId),
    db.$queryRaw<(Omit<RegisterRow, "amount"> & { amount: number })[]>`
      SELECT v.id, v."eventOn", v."visitedOn", m."fullName" AS "memberName", g.name AS "groupName", c.name AS "categoryName",
             v."relativeName", v.relationship, v.amount, v."giftInKind", v.fund, v."receiptNumber", v.state, v.note, v."overrideDecisionRef",
             (SELECT string_agg(vm."fullName", ', ' ORDER BY vm."sortName") FROM "WelfareVisitor" wv JOIN "Member" vm ON vm.id = wv."memberId" WHERE wv."visitId" = v.id) AS visitors
      FROM "WelfareVisit" v
      JOIN "Member" m ON m.id = v."memberId"
      JOIN "Group" g ON g.id = m."groupId"
      JOIN "WelfareCategory" c ON c.id = v."categoryId"
      WHERE v."unitId" = ${actor.unitId} AND v."eventOn" >= ${from} AND v."eventOn" < ${to} AND v.state = 'DONE'
      ORDER BY v."eventOn", v."createdAt", v.id`,
    getYearSummary(actor, year),
    db.member.findFirst({
      where: {
        unitId: actor.unitId,
        positions: {
          some: {
            office: "CHAIR",
            startOn: { lte: today },
            OR: [{ endOn: null }, { endOn: { gte: today } }],
          },
        },
      },
      select: { fullName: true },
    }),
  ]);
  return { unit, year, date: clock.today(), rows, summary, chairName: chair?.fullName ?? "" };
}
export type Register = Awaited<ReturnType<typeof getRegister>>;

// The dues rows of the "database unchanged" snapshot (see unit-snapshot.ts): every table the dues
// actions can write, for the given units, in a stable order.
import { db } from "@/lib/db";
import type { DomainSnapshot } from "./unit-snapshot";

export async function snapshotDues(unitIds: string[]): Promise<DomainSnapshot> {
  const inUnit = { unitId: { in: unitIds } };
  const byId = { orderBy: { id: "asc" as const } };
  const members = await db.member.findMany({ where: inUnit, select: { id: true } });
  const [payments, imports, handovers, remittances, exemptions, salaries] = await Promise.all([
    db.duesPayment.findMany({ where: inUnit, ...byId }),
    db.duesImport.findMany({
      where: inUnit,
      ...byId,
      include: { rows: { orderBy: { rowNo: "asc" as const } } },
    }),
    db.duesHandover.findMany({ where: inUnit, ...byId }),
    db.duesRemittance.findMany({ where: inUnit, ...byId }),
    db.duesExemption.findMany({ where: inUnit, ...byId }),
    db.memberSalary.findMany({ where: { memberId: { in: members.map((m) => m.id) } }, ...byId }),
  ]);
  const entityIds = [payments, imports, handovers, remittances, exemptions].flatMap((list) =>
    list.map((x) => x.id),
  );
  return {
    rows: {
      duesPayments: payments,
      duesImports: imports,
      duesHandovers: handovers,
      duesRemittances: remittances,
      duesExemptions: exemptions,
      memberSalaries: salaries,
    },
    entityIds,
  };
}

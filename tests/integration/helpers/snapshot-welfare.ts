// The welfare rows of the "database unchanged" snapshot (see unit-snapshot.ts): every table the
// welfare actions can write, for the given units, in a stable order.
import { db } from "@/lib/db";
import type { DomainSnapshot } from "./unit-snapshot";

export async function snapshotWelfare(unitIds: string[]): Promise<DomainSnapshot> {
  const inUnit = { unitId: { in: unitIds } };
  const byId = { orderBy: { id: "asc" as const } };
  const [categories, versions, budgets, visits, nominations] = await Promise.all([
    db.welfareCategory.findMany({ where: inUnit, ...byId }),
    db.welfareRateVersion.findMany({ where: inUnit, ...byId }),
    db.welfareBudget.findMany({ where: inUnit, ...byId }), // no longer written: the dự toán is FundBudget (snapshot-fund.ts)
    db.welfareVisit.findMany({ where: inUnit, ...byId }),
    db.welfareNomination.findMany({ where: inUnit, ...byId }),
  ]);
  const [rateLines, visitors] = await Promise.all([
    db.welfareRateLine.findMany({ where: { versionId: { in: versions.map((v) => v.id) } }, ...byId }),
    db.welfareVisitor.findMany({
      where: { visitId: { in: visits.map((v) => v.id) } },
      orderBy: [{ visitId: "asc" }, { memberId: "asc" }],
    }),
  ]);
  const entityIds = [categories, versions, budgets, visits, nominations].flatMap((list) =>
    list.map((x) => x.id),
  );
  return {
    rows: {
      welfareCategories: categories,
      welfareRateVersions: versions,
      welfareRateLines: rateLines,
      welfareBudgets: budgets,
      welfareVisits: visits,
      welfareVisitors: visitors,
      welfareNominations: nominations,
    },
    entityIds,
  };
}

// The tổng kết's rows of the "database unchanged" snapshot (see unit-snapshot.ts): the reports and
// their narrative sections, for the given units, in a stable order.
import { db } from "@/lib/db";
import type { DomainSnapshot } from "./unit-snapshot";

export async function snapshotAnnualReports(unitIds: string[]): Promise<DomainSnapshot> {
  const reports = await db.annualReport.findMany({
    where: { unitId: { in: unitIds } },
    orderBy: { id: "asc" },
  });
  const sections = await db.annualReportSection.findMany({
    where: { reportId: { in: reports.map((r) => r.id) } },
    orderBy: { id: "asc" },
  });
  return {
    rows: { annualReports: reports, annualReportSections: sections },
    entityIds: [...reports, ...sections].map((x) => x.id),
  };
}

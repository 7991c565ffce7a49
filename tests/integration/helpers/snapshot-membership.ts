// The membership-papers rows of the "database unchanged" snapshot (see unit-snapshot.ts): the đơn
// gia nhập, the quyết định kết nạp and the card requests of the given units, in a stable order.
import { db } from "@/lib/db";
import type { DomainSnapshot } from "./unit-snapshot";

export async function snapshotMembership(unitIds: string[]): Promise<DomainSnapshot> {
  const inUnit = { unitId: { in: unitIds } };
  const byId = { orderBy: { id: "asc" as const } };
  const [applications, admissions, cardRequests] = await Promise.all([
    db.membershipApplication.findMany({ where: inUnit, ...byId }),
    db.admissionDecision.findMany({ where: inUnit, ...byId }),
    db.cardRequest.findMany({ where: inUnit, ...byId }),
  ]);
  return {
    rows: { membershipApplications: applications, admissionDecisions: admissions, cardRequests },
    entityIds: [applications, admissions, cardRequests].flatMap((l) => l.map((x) => x.id)),
  };
}

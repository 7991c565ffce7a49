// The submissions' rows of the "database unchanged" snapshot (see unit-snapshot.ts; decision 0089).
import { db } from "@/lib/db";
import type { DomainSnapshot } from "./unit-snapshot";

export async function snapshotSubmissions(unitIds: string[]): Promise<DomainSnapshot> {
  const rows = await db.submission.findMany({ where: { unitId: { in: unitIds } }, orderBy: { id: "asc" } });
  return { rows: { submissions: rows }, entityIds: rows.map((r) => r.id) };
}

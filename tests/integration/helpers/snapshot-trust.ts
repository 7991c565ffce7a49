// The trust rows of the "database unchanged" snapshot (see unit-snapshot.ts): every table the
// trust actions can write, for the given units, in a stable order.
import { db } from "@/lib/db";
import type { DomainSnapshot } from "./unit-snapshot";

export async function snapshotTrust(unitIds: string[]): Promise<DomainSnapshot> {
  // Member import (lib/members/import): the jobs and their staged rows.
  const imports = await db.memberImport.findMany({
    where: { unitId: { in: unitIds } },
    orderBy: { id: "asc" },
  });
  const importRows = await db.memberImportRow.findMany({
    where: { importId: { in: imports.map((i) => i.id) } },
    orderBy: [{ importId: "asc" }, { rowNo: "asc" }],
  });
  return {
    rows: { memberImports: imports, memberImportRows: importRows },
    entityIds: imports.map((i) => i.id),
  };
}

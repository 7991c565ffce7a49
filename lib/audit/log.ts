import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";

type Json = Record<string, unknown> | null;

/** Writes one append-only audit row, inside the caller's transaction when given. */
export async function writeAudit(
  client: Tx | typeof db,
  actor: Pick<Actor, "userId"> | null,
  entry: { action: string; entityType: string; entityId: string; before?: Json; after?: Json },
) {
  await client.auditLog.create({
    data: {
      actorUserId: actor?.userId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

// Dates become ISO strings; undefined fields are dropped.
function toJson(v: Json | undefined) {
  if (!v) return undefined;
  return JSON.parse(JSON.stringify(v));
}

/** Only the fields that changed, for a compact before → after. */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    const x = before[key];
    const y = after[key];
    if (JSON.stringify(x) !== JSON.stringify(y)) {
      b[key] = x;
      a[key] = y;
    }
  }
  return { before: b, after: a, changed: Object.keys(a).length > 0 };
}

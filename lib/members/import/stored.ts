import "server-only";
// The unit's members in the shape the matcher and the write compare against: one query, dates as text.
import type { Tx } from "@/lib/db";
import type { db } from "@/lib/db";
import type { StoredMember } from "@/lib/members/fields";
import { STORED_COLUMNS as COLUMNS } from "./member-sql";

export function loadStoredMembers(client: typeof db | Tx, unitId: string, ids?: string[]) {
  if (ids) {
    return client.$queryRawUnsafe<StoredMember[]>(
      `SELECT ${COLUMNS} FROM "Member" WHERE "unitId" = $1 AND id = ANY($2::text[]) FOR UPDATE`,
      unitId,
      ids,
    );
  }
  return client.$queryRawUnsafe<StoredMember[]>(
    `SELECT ${COLUMNS} FROM "Member" WHERE "unitId" = $1`,
    unitId,
  );
}

import "server-only";
// The unit's members in the shape the matcher and the write compare against: one query, dates as text.
import type { Tx } from "@/lib/db";
import type { db } from "@/lib/db";
import type { StoredMember } from "./changes";

const COLUMNS = `id, "fullName", gender::text AS gender, "dateOfBirth"::text AS "dateOfBirth", "cardNumber", "groupId", "joinedUnionOn"::text AS "joinedUnionOn",
  "idNumber", hometown, ethnicity, phone, email, "jobTitle", department, qualification, "isPartyMember", "partyJoinedOn"::text AS "partyJoinedOn",
  "contractType", "insuranceSalary", note`;

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

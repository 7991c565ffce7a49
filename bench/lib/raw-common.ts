// The raw SQL every signed-in page runs before its own data: the actor (lib/auth/current-user.ts)
// and the unit for the shell (app/(app)/layout.tsx). Cases add it to their raw() for a fair ratio.
import type { Pool } from "pg";

export async function rawActor(pool: Pool, userId: string, unitId: string) {
  await Promise.all([
    pool.query(
      `SELECT u.id, u.email, u."unitId", u."isActive", u."isSystemAdmin", m.id AS "memberId", m."fullName", m.status, m."groupId",
        (SELECT json_agg(json_build_object('office', p.office, 'groupId', p."groupId")) FROM "Position" p
          WHERE p."memberId" = m.id AND p."startOn" <= CURRENT_DATE AND (p."endOn" IS NULL OR p."endOn" >= CURRENT_DATE)) AS positions
       FROM "User" u LEFT JOIN "Member" m ON m.id = u."memberId" WHERE u.id = $1`,
      [userId],
    ),
    pool.query(`SELECT id, name, "parentName", "placeName" FROM "Unit" WHERE id = $1`, [unitId]),
  ]);
}

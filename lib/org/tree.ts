import "server-only";
// The subtree of a cấp trên, in SQL (decision 0083): a recursive query over Unit.parentId.
// Every read of lib/org starts here, so that a cấp trên reaches only the units below it.
import { Prisma } from "@/lib/generated/prisma/client";

/** At most this many levels below a cấp trên (TLĐ → LĐLĐ tỉnh → cấp trên trực tiếp → CĐCS has three). */
export const MAX_DEPTH = 6;

/**
 * `WITH RECURSIVE subtree(id, kind, depth) AS (…)`: every unit below `rootId`, not the root itself.
 * Only a cấp trên has units below it, so the recursion does not probe the CĐCS for children (half
 * the time at 2,000 CĐCS, decision 0083).
 */
export const subtreeCte = (rootId: string) => Prisma.sql`
  WITH RECURSIVE subtree(id, kind, depth) AS (
    SELECT u.id, u.kind, 1 FROM "Unit" u WHERE u."parentId" = ${rootId}
    UNION ALL
    SELECT c.id, c.kind, s.depth + 1 FROM "Unit" c JOIN subtree s ON c."parentId" = s.id
     WHERE s.depth < ${MAX_DEPTH} AND s.kind = 'UPPER'
  )`;

import "server-only";
// The subtree of a cấp trên, in SQL (decision 0079-org-tree-fed): a recursive query over Unit.parentId.
// Every read of lib/org starts here, so that a cấp trên reaches only the units below it.
import { Prisma } from "@/lib/generated/prisma/client";

/** At most this many levels below a cấp trên (TLĐ → LĐLĐ tỉnh → cấp trên trực tiếp → CĐCS has three). */
export const MAX_DEPTH = 6;

/** `WITH RECURSIVE subtree(id, depth) AS (…)`: every unit below `rootId`, not the root itself. */
export const subtreeCte = (rootId: string) => Prisma.sql`
  WITH RECURSIVE subtree(id, depth) AS (
    SELECT u.id, 1 FROM "Unit" u WHERE u."parentId" = ${rootId}
    UNION ALL
    SELECT c.id, s.depth + 1 FROM "Unit" c JOIN subtree s ON c."parentId" = s.id WHERE s.depth < ${MAX_DEPTH}
  )`;

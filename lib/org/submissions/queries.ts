import "server-only";
// The cấp trên's inbox (decision 0089): Submission rows of its own subtree only, read through
// subtreeCte in SQL; never a CĐCS's own tables. A paper of another subtree is "not found".
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SubmissionKindCode, SubmissionStateCode } from "@/lib/submissions/payloads";
import { subtreeCte } from "../tree";

export const INBOX_PAGE_SIZE = 20;

export type InboxFilter = {
  year: number;
  kind: SubmissionKindCode | null;
  /** null: every version but the superseded ones. */
  state: SubmissionStateCode | null;
  page: number;
};

type CountRow = { kind: SubmissionKindCode; state: SubmissionStateCode; n: number };

/** The year shown first: the latest year anything was sent for in the subtree, else this year. */
export async function defaultInboxYear(actor: Actor) {
  const [row] = await db.$queryRaw<{ year: number | null }[]>(Prisma.sql`${subtreeCte(actor.unitId)}
    SELECT MAX(x.year) AS year FROM "Submission" x JOIN subtree s ON s.id = x."unitId"`);
  return row?.year ?? clock.thisYear();
}

/** Per kind × state, the versions of the year (superseded ones included, shown apart). */
export async function inboxCounts(actor: Actor, year: number) {
  const rows = await db.$queryRaw<CountRow[]>(Prisma.sql`${subtreeCte(actor.unitId)}
    SELECT x.kind::text AS kind, x.state::text AS state, COUNT(*)::int AS n
      FROM "Submission" x JOIN subtree s ON s.id = x."unitId"
     WHERE x.year = ${year}
     GROUP BY x.kind, x.state`);
  return rows;
}

export type InboxRow = {
  id: string;
  unitId: string;
  unitName: string;
  kind: SubmissionKindCode;
  version: number;
  state: SubmissionStateCode;
  submittedAt: Date;
  comment: string | null;
};

/** The list, filtered and paged, newest first. */
export async function findInbox(actor: Actor, f: InboxFilter) {
  const where = Prisma.sql`x.year = ${f.year}
    ${f.kind ? Prisma.sql`AND x.kind = ${f.kind}::"SubmissionKind"` : Prisma.empty}
    ${f.state ? Prisma.sql`AND x.state = ${f.state}::"SubmissionState"` : Prisma.sql`AND x.state <> 'SUPERSEDED'`}`;
  const [{ total }] = await db.$queryRaw<{ total: number }[]>(Prisma.sql`${subtreeCte(actor.unitId)}
    SELECT COUNT(*)::int AS total FROM "Submission" x JOIN subtree s ON s.id = x."unitId" WHERE ${where}`);
  const pages = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
  const page = Math.min(Math.max(1, f.page), pages);
  const rows = await db.$queryRaw<InboxRow[]>(Prisma.sql`${subtreeCte(actor.unitId)}
    SELECT x.id, x."unitId", u.name AS "unitName", x.kind::text AS kind, x.version, x.state::text AS state,
           x."submittedAt", x.comment
      FROM "Submission" x JOIN subtree s ON s.id = x."unitId" JOIN "Unit" u ON u.id = x."unitId"
     WHERE ${where}
     ORDER BY x."submittedAt" DESC, x.version DESC, x.id
     LIMIT ${INBOX_PAGE_SIZE} OFFSET ${(page - 1) * INBOX_PAGE_SIZE}`);
  return { rows, total, page, pages };
}

/**
 * "Chưa gửi": the CĐCS of the subtree with no version of the kind for the year that still stands
 * (only superseded ones, or none): the reminder list.
 */
export async function findMissing(actor: Actor, year: number, kind: SubmissionKindCode, page: number) {
  const base = Prisma.sql`${subtreeCte(actor.unitId)}
    , missing AS (
      SELECT u.id, u.name FROM subtree s JOIN "Unit" u ON u.id = s.id
       WHERE s.kind = 'GRASSROOTS'
         AND NOT EXISTS (SELECT 1 FROM "Submission" x WHERE x."unitId" = u.id AND x.year = ${year}
                           AND x.kind = ${kind}::"SubmissionKind" AND x.state <> 'SUPERSEDED'))`;
  const [{ total }] = await db.$queryRaw<{ total: number }[]>(
    Prisma.sql`${base} SELECT COUNT(*)::int AS total FROM missing`,
  );
  const pages = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
  const p = Math.min(Math.max(1, page), pages);
  const rows = await db.$queryRaw<{ id: string; name: string }[]>(Prisma.sql`${base}
    SELECT id, name FROM missing ORDER BY name, id LIMIT ${INBOX_PAGE_SIZE} OFFSET ${(p - 1) * INBOX_PAGE_SIZE}`);
  return { rows, total, page: p, pages };
}

/** One paper of the subtree with every version of it, or null (another cấp trên's: not found). */
export async function findOrgSubmission(actor: Actor, id: string) {
  const [hit] = await db.$queryRaw<{ id: string }[]>(Prisma.sql`${subtreeCte(actor.unitId)}
    SELECT x.id FROM "Submission" x JOIN subtree s ON s.id = x."unitId" WHERE x.id = ${id}`);
  if (!hit) return null;
  const s = await db.submission.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      unitId: true,
      year: true,
      kind: true,
      version: true,
      state: true,
      doc: true,
      comment: true,
      submittedAt: true,
      decidedAt: true,
      unit: { select: { name: true } },
      submittedBy: { select: { member: { select: { fullName: true } } } },
      decidedBy: { select: { email: true } },
    },
  });
  const versions = await db.submission.findMany({
    where: { unitId: s.unitId, year: s.year, kind: s.kind },
    orderBy: { version: "desc" },
    select: { id: true, version: true, state: true, submittedAt: true, decidedAt: true, comment: true },
  });
  return { ...s, versions, isCurrent: versions[0]?.id === s.id };
}

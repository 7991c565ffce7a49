import "server-only";
import { type Actor, can } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { toSearchText } from "@/lib/format";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AccessAction, AccessLogParams } from "./schema";

export const ACCESS_LOG_PAGE_SIZE = 30;

export type AccessLogRow = {
  id: string;
  at: Date;
  action: AccessAction;
  readerName: string;
  readerEmail: string;
  memberId: string | null;
  memberName: string | null;
  /** For exports: how many members the list held. */
  count: number | null;
};

const like = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Who read which member record, and who exported the member list, in the actor's unit, newest
 * first. The audit log has no unit column: the reader's account fixes the unit (a reader only
 * ever reaches members of their own unit).
 */
export async function findAccessLog(actor: Actor, p: AccessLogParams) {
  if (!can(actor, "access-log.read")) throw forbidden();
  const conds = [
    Prisma.sql`u."unitId" = ${actor.unitId}`,
    p.kind ? Prisma.sql`a.action = ${p.kind}` : Prisma.sql`a.action IN ('member.read', 'member.export')`,
  ];
  if (p.member) conds.push(Prisma.sql`m."searchName" LIKE ${like(toSearchText(p.member))}`);
  if (p.reader) {
    const text = like(toSearchText(p.reader));
    conds.push(
      Prisma.sql`(rm."searchName" LIKE ${text} OR lower(u.email) LIKE ${like(p.reader.toLowerCase())})`,
    );
  }
  const from = Prisma.sql`FROM "AuditLog" a
    JOIN "User" u ON u.id = a."actorUserId"
    LEFT JOIN "Member" rm ON rm.id = u."memberId"
    LEFT JOIN "Member" m ON m.id = a."entityId" AND a.action = 'member.read'
    WHERE a."entityType" = 'Member' AND ${Prisma.join(conds, " AND ")}`;
  const [countRows, rows] = await Promise.all([
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n ${from}`,
    db.$queryRaw<
      {
        id: bigint;
        at: Date;
        action: AccessAction;
        email: string;
        readerName: string | null;
        memberId: string | null;
        memberName: string | null;
        after: unknown;
      }[]
    >`
      SELECT a.id, a.at, a.action, u.email, rm."fullName" AS "readerName", m.id AS "memberId", m."fullName" AS "memberName", a.after
      ${from} ORDER BY a.at DESC, a.id DESC LIMIT ${ACCESS_LOG_PAGE_SIZE} OFFSET ${(p.page - 1) * ACCESS_LOG_PAGE_SIZE}`,
  ]);
  const total = countRows[0]?.n ?? 0;
  const items: AccessLogRow[] = rows.map((r) => ({
    id: r.id.toString(),
    at: r.at,
    action: r.action,
    readerName: r.readerName ?? r.email,
    readerEmail: r.email,
    memberId: r.memberId,
    memberName: r.memberName,
    count:
      typeof (r.after as { count?: unknown } | null)?.count === "number"
        ? (r.after as { count: number }).count
        : null,
  }));
  return { items, total, page: p.page, pageCount: Math.max(1, Math.ceil(total / ACCESS_LOG_PAGE_SIZE)) };
}

import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import type { z } from "@/lib/validation";
import type { copyProgrammeSchema } from "./schema";

/**
 * "Sao chép từ năm trước": last year's items (all but the dropped ones) start this year's programme,
 * in the period they ended in, as planned, with no link (this year's records are new) and the
 * person in charge kept while still an active member. An item already in this year (same period
 * and wording) is not copied twice.
 */
export async function copyProgrammeFromLastYear(actor: Actor, input: z.output<typeof copyProgrammeSchema>) {
  const [last, current, active] = await Promise.all([
    db.programmeItem.findMany({
      where: { unitId: actor.unitId, year: input.year - 1, state: { not: "DROPPED" } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { month: true, quarter: true, title: true, content: true, ownerMemberId: true },
    }),
    db.programmeItem.findMany({
      where: { unitId: actor.unitId, year: input.year },
      select: { month: true, quarter: true, title: true },
    }),
    db.member.findMany({ where: { unitId: actor.unitId, status: "ACTIVE" }, select: { id: true } }),
  ]);
  if (!last.length) throw conflict(`Năm trước chưa có chương trình công tác để sao chép.`);
  const key = (i: { month: number | null; quarter: number | null; title: string }) =>
    `${i.month}:${i.quarter}:${i.title}`;
  const have = new Set(current.map(key));
  const activeIds = new Set(active.map((m) => m.id));
  const copies = last.filter((i) => !have.has(key(i)));
  if (!copies.length) throw conflict("Các nội dung của năm trước đã có trong chương trình năm này.");
  return db.$transaction(async (tx) => {
    const ids: string[] = [];
    for (const i of copies) {
      const data = {
        unitId: actor.unitId,
        year: input.year,
        ...i,
        ownerMemberId: i.ownerMemberId && activeIds.has(i.ownerMemberId) ? i.ownerMemberId : null,
        createdById: actor.userId,
      };
      const item = await tx.programmeItem.create({ data, select: { id: true } });
      await writeAudit(tx, actor, {
        action: "programme.item.copy",
        entityType: "ProgrammeItem",
        entityId: item.id,
        after: { ...data, fromYear: input.year - 1 },
      });
      ids.push(item.id);
    }
    return { count: ids.length };
  });
}

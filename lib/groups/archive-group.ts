import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { CURRENT_STATUSES } from "@/lib/members/labels";
import type { z } from "@/lib/validation";
import { findGroup } from "./group-guards";
import { dayBefore, endGroupOffices } from "./offices";
import type { groupIdSchema } from "./schema";

/** A tổ is never deleted: its history stays. It can be archived once nobody belongs to it. */
export async function archiveGroup(actor: Actor, input: z.output<typeof groupIdSchema>) {
  const { id } = input;
  const group = await findGroup(id, actor.unitId);
  if (group.archivedAt) return { id };
  const today = clock.today();
  await db.$transaction(async (tx) => {
    const remaining = await tx.member.count({ where: { groupId: id, status: { in: CURRENT_STATUSES } } });
    if (remaining > 0) {
      throw conflict(
        `Tổ còn ${remaining} đoàn viên đang sinh hoạt. Hãy chuyển họ sang tổ khác trước khi lưu trữ.`,
      );
    }
    // Officers of an empty tổ leave office with it.
    const ended = await endGroupOffices(tx, actor, { groupId: id }, dayBefore(today));
    const archivedAt = new Date();
    await tx.group.update({ where: { id }, data: { archivedAt } });
    await writeAudit(tx, actor, {
      action: "group.archive",
      entityType: "Group",
      entityId: id,
      before: { archivedAt: null },
      after: { archivedAt, endedPositions: ended },
    });
  });
  return { id };
}

import "server-only";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";

/** The tổ exists in the unit and is not archived; else a field error on `field`. */
export async function assertGroupInUnit(groupId: string, unitId: string, field = "groupId") {
  const group = await db.group.findFirst({
    where: { id: groupId, unitId, archivedAt: null },
    select: { id: true },
  });
  if (!group) throw invalid({ [field]: "Tổ công đoàn không tồn tại." });
}

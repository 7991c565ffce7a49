import "server-only";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";

export const DUPLICATE_GROUP_NAME = "Tên tổ đã tồn tại.";

// Case and spacing aside, two tổ with the same name would be confused in every list.
export async function assertGroupNameFree(unitId: string, name: string, exceptId?: string) {
  const clash = await db.group.findFirst({
    where: {
      unitId,
      name: { equals: name, mode: "insensitive" },
      ...(exceptId ? { NOT: { id: exceptId } } : {}),
    },
    select: { archivedAt: true },
  });
  if (clash) {
    const message = clash.archivedAt
      ? `${DUPLICATE_GROUP_NAME} (một tổ đã lưu trữ). Hãy khôi phục tổ đó thay vì tạo mới.`
      : DUPLICATE_GROUP_NAME;
    throw conflict(message, { name: message });
  }
}

/** A tổ of the actor's unit, archived or not. */
export async function findGroup(id: string, unitId: string) {
  const group = await db.group.findFirst({
    where: { id, unitId },
    select: { id: true, name: true, archivedAt: true },
  });
  if (!group) throw notFound();
  return group;
}

import "server-only";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";

/** "" → nobody yet; otherwise an active member of the unit, else a field error. */
export async function checkOwner(unitId: string, ownerMemberId: string): Promise<string | null> {
  if (!ownerMemberId) return null;
  const m = await db.member.findFirst({
    where: { id: ownerMemberId, unitId, status: "ACTIVE" },
    select: { id: true },
  });
  if (!m) throw invalid({ ownerMemberId: "Người phụ trách không phải đoàn viên đang sinh hoạt của đơn vị." });
  return m.id;
}

import "server-only";
// "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG": the titles awarded (Đạt) or proposed to the cấp trên.
import type { Actor } from "@/lib/auth/current-user";
import { listAwardsForReport } from "@/lib/rating/titles/queries";
import { canExport, reportContext } from "./context";

export async function getAwardsReport(actor: Actor, year: number) {
  if (!canExport(actor)) return null;
  const ctx = await reportContext(actor, year);
  if (!ctx) return null;
  return { ...ctx, awards: await listAwardsForReport(actor.unitId, year) };
}
export type AwardsReportData = NonNullable<Awaited<ReturnType<typeof getAwardsReport>>>;

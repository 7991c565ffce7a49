import "server-only";
// "BÁO CÁO TỰ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG HOẠT ĐỘNG CĐCS NĂM …": the CĐCS's self-rating and the
// cấp trên's thẩm định (lib/rating/collectives), with the members' and the tổ's results in a summary.
import type { Actor } from "@/lib/auth/current-user";
import { getUnitRatingReport, listGroupRatings } from "@/lib/rating/collectives/queries";
import { canExport, reportContext } from "./context";
import { countLevels } from "./level-counts";

export async function getUnitReport(actor: Actor, year: number) {
  if (!canExport(actor)) return null;
  const ctx = await reportContext(actor, year);
  if (!ctx) return null;
  const [report, groups, counts] = await Promise.all([
    getUnitRatingReport(actor.unitId, year),
    listGroupRatings(actor.unitId, year),
    countLevels(ctx.ry),
  ]);
  if (!report) return null;
  return { ...ctx, report, groups, counts };
}
export type UnitReportData = NonNullable<Awaited<ReturnType<typeof getUnitReport>>>;

import "server-only";
// The year's report row, created on first write and locked for the transaction, so two writes of
// one report queue and a finalised report refuses every change.
import type { Tx } from "@/lib/db";
import { invalid, notFound } from "@/lib/errors";
import { currentCycleYear } from "@/lib/settings/unit-cycle";

export const FINAL_REFUSAL =
  "Báo cáo đã được chủ tịch đánh dấu hoàn thành: chủ tịch mở lại thì mới sửa được.";
export const STALE = "Báo cáo vừa được người khác thay đổi. Vui lòng tải lại trang.";

/** A report is written for a cycle year that has started: this one or an earlier one. */
export async function assertYearStarted(unitId: string, year: number) {
  if (year > (await currentCycleYear(unitId)))
    throw invalid({ year: "Chưa thể viết báo cáo tổng kết cho năm chưa bắt đầu." });
}

export async function lockReport(tx: Tx, unitId: string, year: number, create: boolean) {
  if (create)
    await tx.annualReport.upsert({
      where: { unitId_year: { unitId, year } },
      create: { unitId, year },
      update: {},
    });
  const rows = await tx.$queryRaw<{ id: string; status: "DRAFT" | "FINAL"; version: number }[]>`
    SELECT id, status::text AS status, version FROM "AnnualReport"
    WHERE "unitId" = ${unitId} AND year = ${year} FOR UPDATE`;
  if (!rows[0]) throw notFound();
  return rows[0];
}

import "server-only";
// ANNUAL_REPORT: the báo cáo tổng kết as /reports/annual generates it (lib/reports/annual), with the
// counts its figures section prints.
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { loadAnnualPaper } from "@/lib/reports/annual/queries";
import type { Paper } from "./paper";

export async function annualReportPaper(actor: Actor, year: number): Promise<Paper<"ANNUAL_REPORT">> {
  const [{ figures: f, doc }, report] = await Promise.all([
    loadAnnualPaper(actor, year),
    db.annualReport.findUnique({
      where: { unitId_year: { unitId: actor.unitId, year } },
      select: { status: true },
    }),
  ]);
  const sum = (xs: { achieved: number; proposed: number }[], k: "achieved" | "proposed") =>
    xs.reduce((s, x) => s + x[k], 0);
  return {
    docs: [doc],
    payload: {
      label: f.label,
      members: {
        total: f.members.total.closing,
        female: f.members.total.female,
        groups: f.members.groups.length,
      },
      meetings: { held: f.meetings.held, planned: f.meetings.planned },
      welfare: { visits: f.welfare.count, amount: f.welfare.total },
      ratingLevels: f.rating
        ? f.rating.levels.map((level) => ({ level, count: f.rating!.counts.unit.counts[level] ?? 0 }))
        : null,
      unitLevel: f.unitRating?.reviewedLevel ?? f.unitRating?.selfLevel ?? null,
      awards: { proposed: sum(f.awards, "proposed"), awarded: sum(f.awards, "achieved") },
      dues: { collected: f.dues.collected, upperShare: f.dues.upperShare, remitted: f.dues.remitted },
      final: report?.status === "FINAL",
    },
  };
}

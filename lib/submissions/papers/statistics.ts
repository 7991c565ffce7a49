import "server-only";
// STATISTICS: the báo cáo thống kê, biến động đoàn viên (lib/members/statistics) for the unit's whole
// year (the cycle year: calendar or năm học), with the unit's totals. Tổ names only, no member row.
import type { Actor } from "@/lib/auth/current-user";
import { statisticsDoc } from "@/lib/members/statistics/doc";
import { getStatisticsReport } from "@/lib/members/statistics/query";
import { annualSpan } from "@/lib/reports/annual/figures";
import { cycleYearLabel } from "@/lib/settings/cycle";
import { toIsoDate } from "@/lib/settings/service";
import { cycleOfYear } from "@/lib/settings/unit-cycle";
import type { Paper } from "./paper";

export async function statisticsPaper(actor: Actor, year: number): Promise<Paper<"STATISTICS">> {
  const cycle = await cycleOfYear(actor.unitId, year);
  const span = annualSpan(year, cycle);
  const period = {
    from: toIsoDate(span.from),
    to: toIsoDate(span.last),
    label: cycleYearLabel(year, cycle),
    kind: "custom" as const,
  };
  const r = await getStatisticsReport(actor, period);
  return {
    docs: [statisticsDoc(r)],
    payload: {
      period: { from: period.from, to: period.to, label: period.label },
      columns: [...r.columns],
      total: { ...r.total },
      groups: r.groups.length,
    },
  };
}

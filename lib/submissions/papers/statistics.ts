import "server-only";
// STATISTICS: the báo cáo thống kê, biến động đoàn viên (lib/members/statistics) for the period its
// screen shows (a half-year, a year, a range) or, without one, the unit's whole year (the cycle year:
// calendar or năm học), with the unit's totals. Tổ names only, no member row.
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { conflict } from "@/lib/errors";
import { statisticsDoc } from "@/lib/members/statistics/doc";
import { namedPeriod, type Period } from "@/lib/members/statistics/period";
import { getStatisticsReport } from "@/lib/members/statistics/query";
import { annualSpan } from "@/lib/reports/annual/figures";
import { cycleYearLabel, cycleYearOf } from "@/lib/settings/cycle";
import { toIsoDate } from "@/lib/settings/service";
import { cycleOfYear } from "@/lib/settings/unit-cycle";
import type { PaperSpan } from "./build";
import type { Paper } from "./paper";

export async function statisticsPaper(
  actor: Actor,
  year: number,
  span?: PaperSpan,
): Promise<Paper<"STATISTICS">> {
  const cycle = await cycleOfYear(actor.unitId, year);
  let period: Period;
  if (span) {
    // The paper belongs to the cycle year its last day falls in.
    if (cycleYearOf(span.to, cycle) !== year)
      throw conflict(`Kỳ báo cáo phải kết thúc trong ${cycleYearLabel(year, cycle)}: chọn lại kỳ rồi gửi.`);
    period = namedPeriod(span.from, span.to);
  } else {
    const whole = annualSpan(year, cycle);
    period = {
      from: toIsoDate(whole.from),
      // A year still running is reported up to today, as its own screen does.
      to: [toIsoDate(whole.last), clock.todayIso()].sort()[0],
      label: cycleYearLabel(year, cycle),
      kind: "custom",
    };
  }
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

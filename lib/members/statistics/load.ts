import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { parsePeriod } from "./period";
import { getStatisticsReport } from "./query";

/** The report for the request's period (?period=&year= or ?from=&to=), or the period's error. */
export async function loadStatistics(actor: Actor, params: URLSearchParams) {
  const period = parsePeriod(params, clock.todayIso());
  if ("error" in period) return period;
  return getStatisticsReport(actor, period);
}

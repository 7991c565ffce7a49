import "server-only";
// Each kind's paper builder: the same data function its own screen prints from.
import type { Actor } from "@/lib/auth/current-user";
import type { SubmissionKindCode } from "../payloads";
import { annualReportPaper } from "./annual-report";
import { awardsFilePaper } from "./awards-file";
import { duesSharePaper } from "./dues-share";
import type { Paper } from "./paper";
import { selfRatingPaper } from "./self-rating";
import { statisticsPaper } from "./statistics";

/** The span a paper covers when its screen chose one (the statistics report's period). */
export type PaperSpan = { from: string; to: string };

const BUILDERS: {
  [K in SubmissionKindCode]: (actor: Actor, year: number, span?: PaperSpan) => Promise<Paper<K>>;
} = {
  SELF_RATING: selfRatingPaper,
  AWARDS_FILE: awardsFilePaper,
  ANNUAL_REPORT: annualReportPaper,
  STATISTICS: statisticsPaper,
  DUES_SHARE: duesSharePaper,
};

export function buildPaper<K extends SubmissionKindCode>(
  actor: Actor,
  kind: K,
  year: number,
  span?: PaperSpan,
): Promise<Paper<K>> {
  return BUILDERS[kind](actor, year, span);
}

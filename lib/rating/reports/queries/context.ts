import "server-only";
// What every rating report starts from: the unit's rating year (null when not opened: 404), the
// union header and the chủ tịch who signs (the current CHAIR position, as the other printouts).
import { type Actor, can } from "@/lib/auth/current-user";
import { unitHeader } from "@/lib/emulation/queries/report";
import { findRatingYear, type RatingYearContext } from "@/lib/rating/year";

/**
 * `date` is the issue date of the year's papers: the BCH's decision date (never the print date);
 * null until it is recorded, and the paper leaves the date to be written in or set when printing.
 */
export type ReportContext = Omit<Awaited<ReturnType<typeof unitHeader>>, "date"> & {
  date: Date | null;
  ry: RatingYearContext;
};

export async function reportContext(actor: Actor, year: number): Promise<ReportContext | null> {
  const ry = await findRatingYear(actor.unitId, year);
  if (!ry) return null;
  return { ...(await unitHeader(actor)), date: ry.decidedOn ?? null, ry };
}

/** Reports of the whole unit (TỔNG HỢP, BÁO CÁO CĐCS, khen thưởng, the one-click PDF). */
export const canExport = (actor: Actor) => can(actor, "rating.export");

// Who is not rated, and why (domain.md, "Exclusions", each rule a setting of the rating year):
// under N months in the unit, long leave (maternity leave does not count: the tổ records only
// the leave that excludes), disciplinary action in the year, no approved registration.
// Pure and client-safe; lib/rating/refresh.ts applies the same rules to every member in SQL.
export type ExclusionSettings = {
  minMonthsInUnit: number;
  excludeLongLeave: boolean;
  excludeDisciplined: boolean;
  requireRegistration: boolean;
};

export type ExclusionFacts = {
  /** When the member joined this unit (admission or transfer in); null when unknown. */
  joinedUnitOn: Date | null;
  /** The rating's reference date: 31/12 of the year. */
  ratedOn: Date;
  longLeaveNote: string | null;
  disciplineNote: string | null;
  hasApprovedRegistration: boolean;
};

export const EXCLUSION_TEXT = {
  shortTime: (months: number) => `Sinh hoạt tại đơn vị dưới ${months} tháng`,
  longLeave: "Nghỉ dài ngày",
  disciplined: "Bị kỷ luật trong năm",
  noRegistration: "Không có đăng ký thi đua được duyệt",
} as const;

/** The reasons a member is not rated; empty when they are. */
export function exclusionReasons(f: ExclusionFacts, s: ExclusionSettings): string[] {
  const out: string[] = [];
  if (s.minMonthsInUnit > 0 && f.joinedUnitOn && monthsIn(f.joinedUnitOn, f.ratedOn) < s.minMonthsInUnit)
    out.push(EXCLUSION_TEXT.shortTime(s.minMonthsInUnit));
  if (s.excludeLongLeave && f.longLeaveNote?.trim()) out.push(EXCLUSION_TEXT.longLeave);
  if (s.excludeDisciplined && f.disciplineNote?.trim()) out.push(EXCLUSION_TEXT.disciplined);
  if (s.requireRegistration && !f.hasApprovedRegistration) out.push(EXCLUSION_TEXT.noRegistration);
  return out;
}

/**
 * Full months in the unit up to the end of the reference date, in UTC calendar dates:
 * 01/03 → 31/12 is 10 months (March to December), 02/03 → 31/12 is 9.
 */
export function monthsIn(joinedOn: Date, ratedOn: Date): number {
  const end = new Date(Date.UTC(ratedOn.getUTCFullYear(), ratedOn.getUTCMonth(), ratedOn.getUTCDate() + 1));
  const months =
    (end.getUTCFullYear() - joinedOn.getUTCFullYear()) * 12 + (end.getUTCMonth() - joinedOn.getUTCMonth());
  return end.getUTCDate() < joinedOn.getUTCDate() ? months - 1 : months;
}

export const exclusionText = (reasons: readonly string[]) => (reasons.length ? reasons.join("; ") : null);

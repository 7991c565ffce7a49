// Who is not rated, and why (domain.md, "Exclusions", each rule a setting of the rating year):
// under N months in the unit, long leave (maternity leave does not count: the tổ records only
// the leave that excludes), disciplinary action in the year, no approved registration.
//
// EXCLUSION_RULES is the one list of the rules: their order, the setting that turns each on, its
// text and the fact it tests. Pure and client-safe: exclusionReasons reads it for one member here,
// and lib/rating/refresh.ts generates its SQL from the same list for every member at once.
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

/** A note the tổ writes on the member's rating; a non-blank one excludes. */
export type ExclusionNote = "longLeaveNote" | "disciplineNote";

/**
 * What a rule tests, read the same way on both sides:
 * - `monthsBelow`: the join date is known and the full months from it to the end of the year
 *   (monthsIn) are fewer than the setting;
 * - `note`: the note, trimmed, is not empty;
 * - `noRegistration`: the member has no APPROVED registration in the emulation year.
 */
export type ExclusionTest =
  { kind: "monthsBelow" } | { kind: "note"; note: ExclusionNote } | { kind: "noRegistration" };

export type ExclusionRule = {
  key: "shortTime" | "longLeave" | "disciplined" | "noRegistration";
  /** The year's setting that turns the rule on. */
  on: (s: ExclusionSettings) => boolean;
  /** The reason stored on the rating and shown to the tổ and the BCH. */
  text: (s: ExclusionSettings) => string;
  test: ExclusionTest;
};

export const EXCLUSION_TEXT = {
  shortTime: (months: number) => `Sinh hoạt tại đơn vị dưới ${months} tháng`,
  longLeave: "Nghỉ dài ngày",
  disciplined: "Bị kỷ luật trong năm",
  noRegistration: "Không có đăng ký thi đua được duyệt",
} as const;

/** The rules, in the order their reasons are listed. */
export const EXCLUSION_RULES: readonly ExclusionRule[] = [
  {
    key: "shortTime",
    on: (s) => s.minMonthsInUnit > 0,
    text: (s) => EXCLUSION_TEXT.shortTime(s.minMonthsInUnit),
    test: { kind: "monthsBelow" },
  },
  {
    key: "longLeave",
    on: (s) => s.excludeLongLeave,
    text: () => EXCLUSION_TEXT.longLeave,
    test: { kind: "note", note: "longLeaveNote" },
  },
  {
    key: "disciplined",
    on: (s) => s.excludeDisciplined,
    text: () => EXCLUSION_TEXT.disciplined,
    test: { kind: "note", note: "disciplineNote" },
  },
  {
    key: "noRegistration",
    on: (s) => s.requireRegistration,
    text: () => EXCLUSION_TEXT.noRegistration,
    test: { kind: "noRegistration" },
  },
];

/** The rules the settings turn on, in order. */
export const activeExclusionRules = (s: ExclusionSettings) => EXCLUSION_RULES.filter((r) => r.on(s));

const noteSet = (note: string | null | undefined) => !!note?.trim();

function holds(test: ExclusionTest, f: ExclusionFacts, s: ExclusionSettings): boolean {
  switch (test.kind) {
    case "monthsBelow":
      return !!f.joinedUnitOn && monthsIn(f.joinedUnitOn, f.ratedOn) < s.minMonthsInUnit;
    case "note":
      return noteSet(f[test.note]);
    case "noRegistration":
      return !f.hasApprovedRegistration;
  }
}

/** The reasons a member is not rated; empty when they are. */
export function exclusionReasons(f: ExclusionFacts, s: ExclusionSettings): string[] {
  return activeExclusionRules(s)
    .filter((r) => holds(r.test, f, s))
    .map((r) => r.text(s));
}

/** The reasons the tổ's notes give, as the tổ types them (the form's preview). */
export function noteExclusionReasons(
  notes: Partial<Record<ExclusionNote, string | null>>,
  s: Pick<ExclusionSettings, "excludeLongLeave" | "excludeDisciplined">,
): string[] {
  const settings = { minMonthsInUnit: 0, requireRegistration: false, ...s };
  return activeExclusionRules(settings)
    .filter((r) => r.test.kind === "note" && noteSet(notes[r.test.note]))
    .map((r) => r.text(settings));
}

/** The texts of the reasons the notes can give, whatever the settings. */
export const NOTE_EXCLUSION_TEXTS: string[] = EXCLUSION_RULES.filter((r) => r.test.kind === "note").map((r) =>
  r.text({
    minMonthsInUnit: 0,
    excludeLongLeave: true,
    excludeDisciplined: true,
    requireRegistration: false,
  }),
);

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

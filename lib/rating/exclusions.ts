// Who is not considered for emulation titles and awards, and why (domain.md, "Exclusions apply to
// titles and awards, not to the rating"; each rule a setting of the rating year, so the rules are
// dated with the year): under N months in the unit, long leave (maternity leave does not count: the
// tổ records only the leave that excludes), disciplinary action in the year, an administrative
// sanction (bị xử phạt hành chính), no approved registration. Every active member is still rated;
// discipline only caps the level (LEVEL_CAP, at most "Hoàn thành nhiệm vụ" by default).
//
// EXCLUSION_RULES is the one list of the rules: their order, the setting that turns each on, its
// text and the fact it tests. Pure and client-safe: exclusionReasons reads it for one member here,
// and lib/rating/refresh.ts generates its SQL from the same list for every member at once.
export type ExclusionSettings = {
  minMonthsInUnit: number;
  excludeLongLeave: boolean;
  excludeDisciplined: boolean;
  requireRegistration: boolean;
  excludeSanctioned: boolean;
  /** The highest level (position in the scheme, 0 = top) a disciplined member may get; null = no cap. */
  disciplineCapPosition: number | null;
};

export type ExclusionFacts = {
  /** When the member joined this unit (admission or transfer in); null when unknown. */
  joinedUnitOn: Date | null;
  /** The rating's reference date: 31/12 of the year. */
  ratedOn: Date;
  longLeaveNote: string | null;
  disciplineNote: string | null;
  sanctionNote?: string | null;
  hasApprovedRegistration: boolean;
};

/** A note the tổ writes on the member's rating; a non-blank one excludes. */
export type ExclusionNote = "longLeaveNote" | "disciplineNote" | "sanctionNote";

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
  key: "shortTime" | "longLeave" | "disciplined" | "sanctioned" | "noRegistration";
  /** The year's setting that turns the rule on. */
  on: (s: ExclusionSettings) => boolean;
  /** The reason stored on the rating and shown to the tổ and the BCH. */
  text: (s: ExclusionSettings) => string;
  test: ExclusionTest;
  /** The rule also caps the member's level at the setting's position (null = no cap). */
  capsLevelAt?: (s: ExclusionSettings) => number | null;
};

export const EXCLUSION_TEXT = {
  shortTime: (months: number) => `Sinh hoạt tại đơn vị dưới ${months} tháng`,
  longLeave: "Nghỉ dài ngày",
  disciplined: "Bị kỷ luật trong năm",
  sanctioned: "Bị xử phạt hành chính trong năm",
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
    capsLevelAt: (s) => s.disciplineCapPosition,
  },
  {
    key: "sanctioned",
    on: (s) => s.excludeSanctioned,
    text: () => EXCLUSION_TEXT.sanctioned,
    test: { kind: "note", note: "sanctionNote" },
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
      return noteSet(f[test.note] ?? null);
    case "noRegistration":
      return !f.hasApprovedRegistration;
  }
}

/** The reasons a member is not considered for titles and awards; empty when they are. */
export function exclusionReasons(f: ExclusionFacts, s: ExclusionSettings): string[] {
  return activeExclusionRules(s)
    .filter((r) => holds(r.test, f, s))
    .map((r) => r.text(s));
}

/** The reasons the tổ's notes give, as the tổ types them (the form's preview). */
export function noteExclusionReasons(
  notes: Partial<Record<ExclusionNote, string | null>>,
  s: Pick<ExclusionSettings, "excludeLongLeave" | "excludeDisciplined"> & { excludeSanctioned?: boolean },
): string[] {
  const settings = {
    minMonthsInUnit: 0,
    requireRegistration: false,
    disciplineCapPosition: null,
    ...s,
    excludeSanctioned: s.excludeSanctioned ?? true,
  };
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
    excludeSanctioned: true,
    requireRegistration: false,
    disciplineCapPosition: null,
  }),
);

/**
 * The cap on a member's level from the rules that cap (discipline): the highest position in the
 * scheme they may get and why, or null when nothing caps it. Notes are read whatever turns the
 * exclusion from awards on or off: the cap is its own setting.
 */
export function levelCap(
  notes: Partial<Record<ExclusionNote, string | null>>,
  s: ExclusionSettings,
): { position: number; reason: string } | null {
  let cap: { position: number; reason: string } | null = null;
  for (const r of EXCLUSION_RULES) {
    const at = r.capsLevelAt?.(s);
    if (at == null || r.test.kind !== "note" || !noteSet(notes[r.test.note])) continue;
    if (!cap || at < cap.position) cap = { position: at, reason: r.text(s) };
  }
  return cap;
}

/** The field error when a level goes above the member's cap, or null. levels: the scheme, top first. */
export function levelCapProblem(
  level: string | null,
  notes: Partial<Record<ExclusionNote, string | null>>,
  s: ExclusionSettings,
  levels: readonly string[],
): string | null {
  const cap = levelCap(notes, s);
  if (!level || !cap) return null;
  const at = levels.indexOf(level);
  if (at < 0 || at >= cap.position) return null;
  return `${cap.reason}: mức xếp loại không cao hơn “${levels[cap.position] ?? levels[levels.length - 1]}”.`;
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

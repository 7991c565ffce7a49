// The columns of the báo cáo thống kê / biến động đoàn viên, and the column sets a unit picks from
// (the dated setting "members.statistics.columns"). Client-safe, no I/O.

export const FIGURES = [
  "opening",
  "admitted",
  "transferredIn",
  "groupIn",
  "groupOut",
  "transferredOut",
  "left",
  "retired",
  "expelled",
  "exited",
  "closing",
  "female",
  "party",
  "under30",
  "age30to39",
  "age40to49",
  "age50plus",
  "ageUnknown",
] as const;
export type Figure = (typeof FIGURES)[number];
export type Figures = Record<Figure, number>;

export const FIGURE_LABELS: Record<Figure, string> = {
  opening: "Đầu kỳ",
  admitted: "Kết nạp mới",
  transferredIn: "Chuyển đến",
  groupIn: "Chuyển tổ đến",
  groupOut: "Chuyển tổ đi",
  transferredOut: "Chuyển đi",
  left: "Thôi sinh hoạt",
  retired: "Nghỉ hưu",
  expelled: "Khai trừ",
  exited: "Ra khỏi tổ chức",
  closing: "Cuối kỳ",
  female: "Nữ",
  party: "Đảng viên",
  under30: "Dưới 30 tuổi",
  age30to39: "30–39 tuổi",
  age40to49: "40–49 tuổi",
  age50plus: "Từ 50 tuổi",
  ageUnknown: "Chưa rõ năm sinh",
};

/** Short headers for the table (the full label is in the legend). */
export const FIGURE_HEADERS: Record<Figure, string> = {
  ...FIGURE_LABELS,
  groupIn: "Tổ đến",
  groupOut: "Tổ đi",
  exited: "Ra khỏi TC",
  under30: "< 30",
  age30to39: "30–39",
  age40to49: "40–49",
  age50plus: "≥ 50",
  ageUnknown: "Chưa rõ NS",
};

/**
 * The column sets. The default follows the union's statistics of members (kết nạp, chuyển đến,
 * chuyển đi, ra khỏi tổ chức; nữ, đảng viên, độ tuổi; theo tổ): the form itself was not found in
 * a text we could read, so the age bands are our choice (decision 0078). "Chuyển tổ" is in every
 * set: without it a tổ's đầu kỳ + vào − ra would not meet its cuối kỳ.
 */
/** In, out and the balance: the columns every set starts with. */
const MOVEMENT = [
  "opening",
  "admitted",
  "transferredIn",
  "groupIn",
  "groupOut",
  "transferredOut",
  "exited",
  "closing",
] as const satisfies readonly Figure[];

export const COLUMN_SETS = {
  "union-form": [...MOVEMENT, "female", "party", "under30", "age30to39", "age40to49", "age50plus"],
  detailed: FIGURES.filter((f) => f !== "exited"),
  movement: MOVEMENT,
} as const satisfies Record<string, readonly Figure[]>;
export type ColumnSetKey = keyof typeof COLUMN_SETS;

export function columnSet(key: string): readonly Figure[] {
  return COLUMN_SETS[(key in COLUMN_SETS ? key : "union-form") as ColumnSetKey];
}

export const ZERO: Figures = Object.fromEntries(FIGURES.map((f) => [f, 0])) as Figures;

export function addFigures(a: Figures, b: Figures): Figures {
  return Object.fromEntries(FIGURES.map((f) => [f, a[f] + b[f]])) as Figures;
}

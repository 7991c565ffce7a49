// The level scheme is data (thresholds per year), not an enum: some sectors still use
// vững mạnh / khá / trung bình / yếu. Client-safe and pure.
export type LevelRule = { name: string; minPoints: number };

export const DEFAULT_LEVELS: LevelRule[] = [
  { name: "Hoàn thành xuất sắc nhiệm vụ", minPoints: 90 },
  { name: "Hoàn thành tốt nhiệm vụ", minPoints: 70 },
  { name: "Hoàn thành nhiệm vụ", minPoints: 50 },
  { name: "Không hoàn thành nhiệm vụ", minPoints: 0 },
];

/** The highest level whose minimum the total reaches; the lowest level when none does. */
export function levelFor(total: number, levels: readonly LevelRule[]): string | null {
  if (!levels.length) return null;
  const sorted = [...levels].sort((a, b) => b.minPoints - a.minPoints);
  return (sorted.find((l) => total >= l.minPoints) ?? sorted[sorted.length - 1]).name;
}

/** Problems with a scheme, for the template form: names, distinct minimums, a floor at 0. */
export function checkLevels(levels: readonly LevelRule[], maxTotal: number): string | null {
  if (levels.length < 2) return "Cần ít nhất hai mức xếp loại.";
  const mins = levels.map((l) => l.minPoints);
  if (new Set(mins).size !== mins.length) return "Mỗi mức cần một điểm tối thiểu khác nhau.";
  if (!mins.includes(0)) return "Mức thấp nhất phải bắt đầu từ 0 điểm.";
  if (Math.max(...mins) > maxTotal) return `Điểm tối thiểu không được vượt tổng điểm chuẩn (${maxTotal}).`;
  return null;
}

export const sumPoints = (values: readonly (number | null | undefined)[]) =>
  values.reduce<number>((s, v) => s + (typeof v === "number" && Number.isFinite(v) ? v : 0), 0);

import "server-only";
// The rules of the thẩm định shared by its writes: the CĐCS's template as it was submitted, the
// scores checked against it (lib/rating's checkScores), the level by the CĐCS's own thresholds
// (lib/emulation's levelFor, the one rule the CĐCS's self-rating uses).
import type { Tx } from "@/lib/db";
import { levelFor } from "@/lib/emulation/levels";
import { conflict } from "@/lib/errors";
import { checkScores } from "@/lib/rating/collectives/scores";
import { findRatingYear } from "@/lib/rating/year";
import type { SelfRatingPayload } from "@/lib/submissions/payloads";

export const STALE = "Kết quả thẩm định vừa được người khác thay đổi. Vui lòng tải lại trang.";
export const CONCLUDED = "Đã kết luận thẩm định. Muốn sửa, mở lại thẩm định với lý do.";
export const NOT_CONCLUDED = "Thẩm định chưa kết luận nên không cần mở lại.";
export const NO_RATING_YEAR = (year: number) =>
  `CĐCS chưa mở năm đánh giá, xếp loại ${year} nên không có thang xếp loại để đối chiếu.`;

/** The scores against the submitted criteria (each once, 0..its maximum); the total. */
export function scoreAgainst(payload: SelfRatingPayload, scores: { criterionId: string; points: number }[]) {
  return checkScores(
    payload.criteria.map((c) => ({ id: c.criterionId, maxPoints: c.maxScore })),
    scores,
  );
}

/** The CĐCS's rating year of that year (its level scheme); a thẩm định without one is refused. */
export async function unitRatingYear(tx: Tx, unitId: string, year: number) {
  const r = await findRatingYear(unitId, year, tx);
  if (!r) throw conflict(NO_RATING_YEAR(year));
  return r;
}

export const levelOf = (total: number, levels: { name: string; minPoints: number }[]) =>
  levelFor(total, levels);

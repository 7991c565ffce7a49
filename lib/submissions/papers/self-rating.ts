import "server-only";
// SELF_RATING: the BÁO CÁO TỰ ĐÁNH GIÁ, XẾP LOẠI CĐCS as /rating/collectives/unit prints it, with the
// criteria and the self-scores as data for the cấp trên's thẩm định.
import type { Actor } from "@/lib/auth/current-user";
import { conflict } from "@/lib/errors";
import { unitDoc } from "@/lib/rating/reports/docs/unit-doc";
import { getUnitReport } from "@/lib/rating/reports/queries/unit-report";
import type { SelfRatingPayload } from "../payloads";
import type { Paper } from "./paper";

export async function selfRatingPaper(actor: Actor, year: number): Promise<Paper<"SELF_RATING">> {
  const d = await getUnitReport(actor, year);
  if (!d) throw conflict(`Năm ${year} chưa mở xếp loại: chưa có báo cáo tự đánh giá của CĐCS để gửi.`);
  const r = d.report;
  if (!r.selfScoredAt)
    throw conflict("CĐCS chưa tự chấm điểm: chấm và lưu bảng tự đánh giá trước khi gửi cấp trên.");
  let position = 0;
  const criteria: SelfRatingPayload["criteria"] = r.groups.flatMap((g) =>
    g.criteria.map((c) => ({
      criterionId: c.id,
      code: String(++position),
      group: g.name,
      title: c.content,
      maxScore: c.maxPoints,
      selfScore: c.selfPoints ?? 0,
    })),
  );
  return {
    docs: [unitDoc(d)],
    payload: { templateId: r.ratingYearId, criteria, selfTotal: r.selfTotal, selfLevel: r.selfLevel },
  };
}

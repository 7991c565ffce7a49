import { AWARD_PAPERS, awardPaperParam } from "@/lib/rating/reports/docs/awards-doc";
import { getAwardsReport } from "@/lib/rating/reports/queries/awards";
import { reportRoute } from "@/lib/rating/reports/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * The year-end awards papers (?year=&paper=&format=): paper = letter (tờ trình), upper (danh sách
 * đề nghị khen thưởng to the cấp trên, the default), cdcs (the CĐCS's recognitions) or agency (the
 * list for the agency's Hội đồng thi đua, state titles). BCH, UBKT.
 */
export const GET = reportRoute(
  {
    name: "awards",
    anyOf: ["rating.export"],
    what: "hồ sơ khen thưởng",
    file: "khen-thuong",
  },
  async (actor, year, params) => {
    const d = await getAwardsReport(actor, year);
    return d ? AWARD_PAPERS[awardPaperParam(params.get("paper"))].doc(d) : null;
  },
);

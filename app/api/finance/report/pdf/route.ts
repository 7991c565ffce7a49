import { paperResponse } from "@/lib/document/issue";
import { reportPaperData } from "@/lib/finance/fund/paper-data";
import { quarterParam } from "@/lib/finance/fund/schema";
import { badYear, yearParam } from "@/lib/http/params";
import { createRoute } from "@/lib/http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** BÁO CÁO THU, CHI TÀI CHÍNH CĐCS of a year (?year=) or quarter (&quarter=1–4) as PDF (or ?format=docx). */
export const GET = createRoute(
  { name: "finance.report.pdf", anyOf: ["finance.export"], what: "báo cáo thu, chi tài chính" },
  async (actor, request) => {
    const params = new URL(request.url).searchParams;
    const year = yearParam(params);
    if (year === null) return badYear();
    const quarter = quarterParam(params.get("quarter"));
    const { paper } = await reportPaperData(actor.unitId, year, quarter);
    return paperResponse(
      actor,
      [paper],
      params,
      `bao-cao-thu-chi-${quarter ? `quy-${quarter}-` : ""}${year}`,
    );
  },
);

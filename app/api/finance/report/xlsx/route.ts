import { reportPaperData } from "@/lib/finance/fund/paper-data";
import { quarterParam } from "@/lib/finance/fund/schema";
import { buildReportWorkbook } from "@/lib/finance/fund/xlsx";
import { downloadResponse } from "@/lib/http/download";
import { badYear, yearParam } from "@/lib/http/params";
import { createRoute } from "@/lib/http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** BÁO CÁO THU, CHI TÀI CHÍNH CĐCS as Excel. */
export const GET = createRoute(
  { name: "finance.report.xlsx", anyOf: ["finance.export"], what: "báo cáo thu, chi tài chính" },
  async (actor, request) => {
    const params = new URL(request.url).searchParams;
    const year = yearParam(params);
    if (year === null) return badYear();
    const quarter = quarterParam(params.get("quarter"));
    const { report, unit } = await reportPaperData(actor.unitId, year, quarter);
    const body = await buildReportWorkbook(report, unit);
    return downloadResponse(
      new Uint8Array(body),
      `bao-cao-thu-chi-${quarter ? `quy-${quarter}-` : ""}${year}`,
      "xlsx",
    );
  },
);

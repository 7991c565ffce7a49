import { paperResponse } from "@/lib/document/issue";
import { downloadResponse } from "@/lib/http/download";
import { createRoute } from "@/lib/http/route";
import { statisticsDoc } from "@/lib/members/statistics/doc";
import { loadStatistics } from "@/lib/members/statistics/load";
import { periodQuery } from "@/lib/members/statistics/period";
import { buildStatisticsWorkbook } from "@/lib/members/statistics/xlsx";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** "BÁO CÁO THỐNG KÊ, BIẾN ĐỘNG ĐOÀN VIÊN" (?period=h1|h2|year&year= or ?from=&to=; ?format=pdf|docx|xlsx). */
export const GET = createRoute(
  { name: "members.statistics", anyOf: ["members.export"], what: "báo cáo thống kê đoàn viên" },
  async (actor, request) => {
    const params = new URL(request.url).searchParams;
    const format = params.get("format") ?? "pdf";
    if (!["pdf", "docx", "xlsx"].includes(format))
      return Response.json({ error: "Định dạng không hợp lệ." }, { status: 400 });
    const report = await loadStatistics(actor, params);
    if ("error" in report) return Response.json({ error: report.error }, { status: 400 });
    const file = `thong-ke-doan-vien-${periodQuery(report.period).replace(/[=&]/g, "-")}`;
    if (format === "xlsx") return downloadResponse(await buildStatisticsWorkbook(report), file, "xlsx");
    return paperResponse(actor, [statisticsDoc(report)], params, file);
  },
);

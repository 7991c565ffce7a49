import { downloadResponse } from "@/lib/http/download";
import { createRoute } from "@/lib/http/route";
import { getMemberListReport, parseMemberListParams } from "@/lib/members/member-list";
import { buildMemberListWorkbook } from "@/lib/members/member-list-xlsx";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** "DANH SÁCH ĐOÀN VIÊN" as Excel, with the same filters as the member list (?q=&group=&status=&gender=). */
export const GET = createRoute(
  { name: "members.export", anyOf: ["members.export"], what: "danh sách đoàn viên" },
  async (actor, request) => {
    const params = parseMemberListParams(new URL(request.url).searchParams);
    const report = await getMemberListReport(actor, params, "xlsx");
    const body = await buildMemberListWorkbook(report);
    const stamp = report.date.toISOString().slice(0, 10).replace(/-/g, "");
    return downloadResponse(new Uint8Array(body), `danh-sach-doan-vien-${stamp}`, "xlsx");
  },
);

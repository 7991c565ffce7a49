import { getActor } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { getMemberListReport, parseMemberListParams } from "@/lib/reports/member-list";
import { buildMemberListWorkbook } from "@/lib/reports/member-list-xlsx";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** "DANH SÁCH ĐOÀN VIÊN" as Excel, with the same filters as the member list (?q=&group=&status=&gender=). */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Bạn cần đăng nhập để tải danh sách đoàn viên." }, { status: 401 });
  if (!actor.permissions.has("members.export")) {
    return Response.json({ error: "Bạn không có quyền xuất danh sách đoàn viên." }, { status: 403 });
  }
  try {
    const params = parseMemberListParams(new URL(request.url).searchParams);
    const report = await getMemberListReport(actor, params, "xlsx");
    const body = await buildMemberListWorkbook(report);
    const stamp = report.date.toISOString().slice(0, 10).replace(/-/g, "");
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": XLSX,
        "Content-Disposition": `attachment; filename*=UTF-8''danh-sach-doan-vien-${stamp}.xlsx`,
        "Cache-Control": "no-store",
      },
    });
  } catch (err) {
    if (err instanceof AppError && err.code === "FORBIDDEN") return Response.json({ error: err.message }, { status: 403 });
    console.error("[members.export] failed:", err);
    return Response.json({ error: "Không tạo được tệp Excel. Vui lòng thử lại sau." }, { status: 500 });
  }
}

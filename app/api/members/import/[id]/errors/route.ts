import { can, getActor } from "@/lib/auth/current-user";
import { buildErrorWorkbook } from "@/lib/member-import/error-xlsx";
import { importRowsForDownload } from "@/lib/member-import/queries";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The uploaded rows with a "Lỗi" column (?only=errors for the error rows alone). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Bạn cần đăng nhập." }, { status: 401 });
  if (!can(actor, "members.import"))
    return Response.json({ error: "Bạn không có quyền nhập danh sách đoàn viên." }, { status: 403 });
  const found = await importRowsForDownload(actor, (await params).id);
  if (!found) return Response.json({ error: "Không tìm thấy lần nhập này." }, { status: 404 });
  const onlyErrors = new URL(request.url).searchParams.get("only") === "errors";
  const body = await buildErrorWorkbook(found.job.headers, found.rows, onlyErrors);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": XLSX,
      "Content-Disposition": `attachment; filename*=UTF-8''kiem-tra-nhap-doan-vien.xlsx`,
      "Cache-Control": "no-store",
    },
  });
}

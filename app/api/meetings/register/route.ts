import { getActor } from "@/lib/auth/current-user";
import { buildMeetingRegisterWorkbook } from "@/lib/meetings/register-xlsx";
import { getMeetingRegister } from "@/lib/meetings/stats-queries";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The yearly meeting register (?year=2026) as Excel, with attendance rates: BCH and UBKT. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Bạn cần đăng nhập để tải sổ cuộc họp." }, { status: 401 });
  if (!actor.permissions.has("meetings.export")) return Response.json({ error: "Bạn không có quyền xuất sổ cuộc họp." }, { status: 403 });
  const raw = Number(new URL(request.url).searchParams.get("year"));
  const year = Number.isInteger(raw) && raw >= 2000 && raw <= 2100 ? raw : new Date(Date.now() + 7 * 3600_000).getUTCFullYear();
  try {
    const body = await buildMeetingRegisterWorkbook(await getMeetingRegister(actor, year));
    return new Response(new Uint8Array(body), {
      headers: { "Content-Type": XLSX, "Content-Disposition": `attachment; filename*=UTF-8''so-cuoc-hop-${year}.xlsx`, "Cache-Control": "no-store" },
    });
  } catch (err) {
    console.error("[meetings.register] failed:", err);
    return Response.json({ error: "Không tạo được tệp Excel. Vui lòng thử lại sau." }, { status: 500 });
  }
}

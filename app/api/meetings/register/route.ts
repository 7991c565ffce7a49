import { getActor } from "@/lib/auth/current-user";
import { downloadResponse } from "@/lib/http/download";
import { badYear, yearParam } from "@/lib/http/params";
import { buildMeetingRegisterWorkbook } from "@/lib/meetings/register-xlsx";
import { getMeetingRegister } from "@/lib/meetings/stats-queries";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The yearly meeting register (?year=2026) as Excel, with attendance rates: BCH and UBKT. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Bạn cần đăng nhập để tải sổ cuộc họp." }, { status: 401 });
  if (!actor.permissions.has("meetings.export")) return Response.json({ error: "Bạn không có quyền xuất sổ cuộc họp." }, { status: 403 });
  const year = yearParam(new URL(request.url).searchParams);
  if (year === null) return badYear();
  try {
    const body = await buildMeetingRegisterWorkbook(await getMeetingRegister(actor, year));
    return downloadResponse(new Uint8Array(body), `so-cuoc-hop-${year}`, "xlsx");
  } catch (err) {
    console.error("[meetings.register] failed:", err);
    return Response.json({ error: "Không tạo được tệp Excel. Vui lòng thử lại sau." }, { status: 500 });
  }
}

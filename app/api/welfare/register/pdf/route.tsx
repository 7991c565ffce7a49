import { getActor } from "@/lib/auth/current-user";
import { renderPdf } from "@/lib/pdf/render";
import { getRegister } from "@/lib/welfare/register";
import { RegisterPdf } from "@/lib/welfare/register-pdf";
import { registerYear } from "@/lib/welfare/register-year";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** "SỔ THEO DÕI THĂM HỎI" of a year (?year=2026) as PDF, A4 landscape: BCH and UBKT. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Bạn cần đăng nhập để tải sổ theo dõi thăm hỏi." }, { status: 401 });
  if (!actor.permissions.has("welfare.export")) return Response.json({ error: "Bạn không có quyền xuất sổ theo dõi thăm hỏi." }, { status: 403 });
  try {
    const year = registerYear(new URL(request.url).searchParams.get("year"));
    const body = await renderPdf(<RegisterPdf r={await getRegister(actor, year)} />);
    return new Response(new Uint8Array(body), {
      headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename*=UTF-8''so-theo-doi-tham-hoi-${year}.pdf`, "Cache-Control": "no-store" },
    });
  } catch (err) {
    console.error("[welfare.register.pdf] failed:", err);
    return Response.json({ error: "Không tạo được tệp PDF. Vui lòng thử lại sau." }, { status: 500 });
  }
}

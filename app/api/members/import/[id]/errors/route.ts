import { createRoute } from "@/lib/http/route";
import { buildErrorWorkbook } from "@/lib/members/import/error-xlsx";
import { importRowsForDownload } from "@/lib/members/import/queries";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

type Ctx = { params: Promise<{ id: string }> };

/** The uploaded rows with a "Lỗi" column (?only=errors for the error rows alone). */
export const GET = createRoute(
  { name: "members.import.errors", anyOf: ["members.import"], verb: "nhập", what: "danh sách đoàn viên" },
  async (actor, request, { params }: Ctx) => {
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
  },
);

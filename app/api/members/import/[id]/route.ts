import { createRoute } from "@/lib/http/route";
import { getImport } from "@/lib/members/import/queries";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

/** The job's status and progress, polled by the import page. */
export const GET = createRoute(
  { name: "members.import.progress", anyOf: ["members.import"], verb: "nhập", what: "danh sách đoàn viên" },
  async (actor, _request, { params }: Ctx) => {
    const job = await getImport(actor, (await params).id);
    if (!job) return Response.json({ error: "Không tìm thấy lần nhập này." }, { status: 404 });
    const { status, phase, progress, rowCount, counts, error, stale } = job;
    return Response.json(
      { status, phase, progress, rowCount, counts, error, stale },
      { headers: { "Cache-Control": "no-store" } },
    );
  },
);

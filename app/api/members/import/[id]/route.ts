import { can, getActor } from "@/lib/auth/current-user";
import { getImport } from "@/lib/member-import/queries";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The job's status and progress, polled by the import page. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Bạn cần đăng nhập." }, { status: 401 });
  if (!can(actor, "members.import"))
    return Response.json({ error: "Bạn không có quyền nhập danh sách đoàn viên." }, { status: 403 });
  const job = await getImport(actor, (await params).id);
  if (!job) return Response.json({ error: "Không tìm thấy lần nhập này." }, { status: 404 });
  const { status, phase, progress, rowCount, counts, error, stale } = job;
  return Response.json(
    { status, phase, progress, rowCount, counts, error, stale },
    { headers: { "Cache-Control": "no-store" } },
  );
}

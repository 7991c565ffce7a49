import { after } from "next/server";
import { createRoute } from "@/lib/http/route";
import { processImport } from "@/lib/members/import/process";
import { MAX_FILE_BYTES } from "@/lib/members/import/schema";
import { createImportJob } from "@/lib/members/import/upload";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Upload of an .xlsx member list: answers at once with the job id; the page polls its progress. */
export const POST = createRoute(
  { name: "members.import.upload", anyOf: ["members.import"], verb: "nhập", what: "danh sách đoàn viên" },
  async (actor, request) => {
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!(file instanceof File) || file.size === 0)
      return Response.json({ error: "Vui lòng chọn một tệp Excel (.xlsx)." }, { status: 400 });
    if (!/\.xlsx$/i.test(file.name))
      return Response.json(
        { error: "Chỉ nhận tệp Excel .xlsx (hãy lưu tệp .xls thành .xlsx)." },
        { status: 400 },
      );
    if (file.size > MAX_FILE_BYTES) return Response.json({ error: "Tệp lớn quá 25 MB." }, { status: 413 });
    const buffer = Buffer.from(await file.arrayBuffer());
    const job = await createImportJob(actor, file.name, file.size);
    const task = () => processImport(job.id, actor.unitId, buffer);
    try {
      after(task);
    } catch {
      await task(); // outside a Next request (tests): no background, just do it
    }
    return Response.json({ id: job.id }, { status: 202 });
  },
);

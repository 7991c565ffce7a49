import { uploadDuesImport } from "@/lib/finance/dues/import/upload-dues-import";
import { createRoute } from "@/lib/http/route";
import { MAX_FILE_BYTES } from "@/lib/members/import/schema";
import { parseDateInput } from "@/lib/validation";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Upload of the payroll deduction list (.xlsx): read, checked, kept as a preview; answers with its id. */
export const POST = createRoute(
  {
    name: "dues.import.upload",
    anyOf: ["dues.write"],
    verb: "nhập",
    what: "danh sách trích đoàn phí qua lương",
  },
  async (actor, request) => {
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    const paidOn = parseDateInput(String(form?.get("paidOn") ?? ""));
    if (!(file instanceof File) || file.size === 0)
      return Response.json({ error: "Vui lòng chọn một tệp Excel (.xlsx)." }, { status: 400 });
    if (!/\.xlsx$/i.test(file.name))
      return Response.json(
        { error: "Chỉ nhận tệp Excel .xlsx (hãy lưu tệp .xls thành .xlsx)." },
        { status: 400 },
      );
    if (file.size > MAX_FILE_BYTES) return Response.json({ error: "Tệp lớn quá 25 MB." }, { status: 413 });
    if (!paidOn)
      return Response.json(
        {
          error: "Ngày trích lương không hợp lệ (dd/mm/yyyy).",
          fieldErrors: { paidOn: "Ngày trích lương không hợp lệ (dd/mm/yyyy)." },
        },
        { status: 400 },
      );
    const result = await uploadDuesImport(actor, file.name, Buffer.from(await file.arrayBuffer()), paidOn);
    return Response.json(result, { status: 201 });
  },
);

import { paperResponse } from "@/lib/document/issue";
import { registrationsPaper } from "@/lib/emulation/pdf/registrations-paper";
import { getRegistrationReport } from "@/lib/emulation/queries/report";
import { buildRegistrationsWorkbook } from "@/lib/emulation/registrations-xlsx";
import { downloadResponse } from "@/lib/http/download";
import { badYear, yearParam } from "@/lib/http/params";
import { createRoute } from "@/lib/http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** "BẢN ĐĂNG KÝ THI ĐUA NĂM …" as PDF (?format=pdf), Word (?format=docx) or Excel (?format=xlsx). */
export const GET = createRoute(
  { name: "emulation.registrations", anyOf: ["emulation.export"], what: "bản đăng ký thi đua" },
  async (actor, request) => {
    const url = new URL(request.url);
    const year = yearParam(url.searchParams);
    if (year === null) return badYear();
    const report = await getRegistrationReport(actor, year);
    if (!report) return Response.json({ error: `Chưa mở năm thi đua ${year}.` }, { status: 404 });
    if (url.searchParams.get("format") === "xlsx") {
      return downloadResponse(
        new Uint8Array(await buildRegistrationsWorkbook(report)),
        `dang-ky-thi-dua-${year}`,
        "xlsx",
      );
    }
    return paperResponse(actor, [registrationsPaper(report)], url.searchParams, `dang-ky-thi-dua-${year}`);
  },
);

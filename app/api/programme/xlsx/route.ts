import { downloadResponse } from "@/lib/http/download";
import { badYear, yearParam } from "@/lib/http/params";
import { createRoute } from "@/lib/http/route";
import { programmeYearNow } from "@/lib/programme/queries";
import { buildProgrammeWorkbook } from "@/lib/programme/xlsx";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The chương trình công tác of a cycle year (?year=2026) as Excel. */
export const GET = createRoute(
  { name: "programme.xlsx", anyOf: ["programme.read"], what: "chương trình công tác (Excel)" },
  async (actor, request) => {
    const params = new URL(request.url).searchParams;
    const year = yearParam(params, await programmeYearNow(actor));
    if (year === null) return badYear();
    const body = await buildProgrammeWorkbook(actor, year);
    return downloadResponse(new Uint8Array(body), `chuong-trinh-cong-tac-${year}`, "xlsx");
  },
);

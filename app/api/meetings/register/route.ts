import { downloadResponse } from "@/lib/http/download";
import { badYear, yearParam } from "@/lib/http/params";
import { createRoute } from "@/lib/http/route";
import { buildMeetingRegisterWorkbook } from "@/lib/meetings/register-xlsx";
import { getMeetingRegister } from "@/lib/meetings/stats-queries";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The yearly meeting register (?year=2026) as Excel, with attendance rates: BCH and UBKT. */
export const GET = createRoute(
  { name: "meetings.register", anyOf: ["meetings.export"], what: "sổ cuộc họp" },
  async (actor, request) => {
    const year = yearParam(new URL(request.url).searchParams);
    if (year === null) return badYear();
    const body = await buildMeetingRegisterWorkbook(await getMeetingRegister(actor, year));
    return downloadResponse(new Uint8Array(body), `so-cuoc-hop-${year}`, "xlsx");
  },
);

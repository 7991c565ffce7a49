import { paperResponse } from "@/lib/document/issue";
import { badYear, yearParam } from "@/lib/http/params";
import { createRoute } from "@/lib/http/route";
import { getProgrammePaper } from "@/lib/programme/papers";
import { programmeYearNow } from "@/lib/programme/queries";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The CHƯƠNG TRÌNH CÔNG TÁC of a cycle year (?year=2026) as PDF (or ?format=docx), A4 landscape. */
export const GET = createRoute(
  { name: "programme.paper", anyOf: ["programme.read"], what: "chương trình công tác" },
  async (actor, request) => {
    const params = new URL(request.url).searchParams;
    const year = yearParam(params, await programmeYearNow(actor));
    if (year === null) return badYear();
    return paperResponse(
      actor,
      [await getProgrammePaper(actor, year)],
      params,
      `chuong-trinh-cong-tac-${year}`,
    );
  },
);

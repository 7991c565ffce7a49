import { downloadResponse } from "@/lib/http/download";
import { badYear, yearParam } from "@/lib/http/params";
import { createRoute } from "@/lib/http/route";
import { renderPdf } from "@/lib/pdf/render";
import { getRegister } from "@/lib/welfare/register";
import { RegisterPdf } from "@/lib/welfare/register-pdf";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** "SỔ THEO DÕI THĂM HỎI" of a year (?year=2026) as PDF, A4 landscape: BCH and UBKT. */
export const GET = createRoute(
  { name: "welfare.register.pdf", anyOf: ["welfare.export"], what: "sổ theo dõi thăm hỏi" },
  async (actor, request) => {
    const year = yearParam(new URL(request.url).searchParams);
    if (year === null) return badYear();
    const body = await renderPdf(<RegisterPdf r={await getRegister(actor, year)} />);
    return downloadResponse(body, `so-theo-doi-tham-hoi-${year}`, "pdf");
  },
);

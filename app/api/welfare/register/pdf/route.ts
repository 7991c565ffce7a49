import { paperResponse } from "@/lib/document/issue";
import { badYear, yearParam } from "@/lib/http/params";
import { createRoute } from "@/lib/http/route";
import { getRegister } from "@/lib/welfare/register";
import { registerPaper } from "@/lib/welfare/register-paper";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * "SỔ THEO DÕI THĂM HỎI" of a year (?year=2026) as PDF (or ?format=docx), A4 landscape, with the
 * signer and date chosen when printing (?signer=, ?date=): BCH and UBKT.
 */
export const GET = createRoute(
  { name: "welfare.register.pdf", anyOf: ["welfare.export"], what: "sổ theo dõi thăm hỏi" },
  async (actor, request) => {
    const params = new URL(request.url).searchParams;
    const year = yearParam(params);
    if (year === null) return badYear();
    const paper = registerPaper(await getRegister(actor, year));
    return paperResponse(actor, [paper], params, `so-theo-doi-tham-hoi-${year}`);
  },
);

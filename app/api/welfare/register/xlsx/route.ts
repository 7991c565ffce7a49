import { downloadResponse } from "@/lib/http/download";
import { badYear, yearParam } from "@/lib/http/params";
import { createRoute } from "@/lib/http/route";
import { getRegister } from "@/lib/welfare/register";
import { buildRegisterWorkbook } from "@/lib/welfare/register-xlsx";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** "SỔ THEO DÕI THĂM HỎI" of a year (?year=2026) as Excel: BCH and UBKT. */
export const GET = createRoute(
  { name: "welfare.register.xlsx", anyOf: ["welfare.export"], what: "sổ theo dõi thăm hỏi" },
  async (actor, request) => {
    const year = yearParam(new URL(request.url).searchParams);
    if (year === null) return badYear();
    const body = await buildRegisterWorkbook(await getRegister(actor, year));
    return downloadResponse(new Uint8Array(body), `so-theo-doi-tham-hoi-${year}`, "xlsx");
  },
);

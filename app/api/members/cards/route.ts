import * as clock from "@/lib/clock";
import { paperResponse } from "@/lib/document/issue";
import { downloadResponse } from "@/lib/http/download";
import { createRoute } from "@/lib/http/route";
import { cardListDoc } from "@/lib/members/cards/list-doc";
import { buildCardListWorkbook } from "@/lib/members/cards/list-xlsx";
import { cardPeriod } from "@/lib/members/cards/period";
import { cardListReport } from "@/lib/members/cards/queries";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The card requests of a period for the cấp trên (?from=&to=&format=pdf|docx|xlsx). */
export const GET = createRoute(
  { name: "members.cards", anyOf: ["members.export"], what: "danh sách đề nghị cấp thẻ" },
  async (actor, request) => {
    const params = new URL(request.url).searchParams;
    const format = params.get("format") ?? "pdf";
    if (!["pdf", "docx", "xlsx"].includes(format))
      return Response.json({ error: "Định dạng không hợp lệ." }, { status: 400 });
    const { from, to, error } = cardPeriod(params, clock.todayIso());
    if (error) return Response.json({ error }, { status: 400 });
    const report = await cardListReport(actor, from, to);
    const file = `de-nghi-cap-the-${from}-${to}`;
    if (format === "xlsx") return downloadResponse(await buildCardListWorkbook(report), file, "xlsx");
    return paperResponse(actor, [cardListDoc(report)], params, file);
  },
);

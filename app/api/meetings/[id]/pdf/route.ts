import { renderReportsPdf } from "@/lib/document/pdf/writer";
import { minutesPaper } from "@/lib/meetings/minutes/minutes-paper";
import { minutesRoute } from "@/lib/meetings/minutes/minutes-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The biên bản as PDF: whoever may read the minutes (a draft only the BCH, chủ trì, thư ký). */
export const GET = minutesRoute("pdf", (doc) => renderReportsPdf([minutesPaper(doc)]));

import { MinutesPdf } from "@/lib/meetings/minutes/minutes-pdf";
import { minutesRoute } from "@/lib/meetings/minutes/minutes-route";
import { renderPdf } from "@/lib/pdf/render";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The biên bản as PDF: whoever may read the minutes (a draft only the BCH, chủ trì, thư ký). */
export const GET = minutesRoute("pdf", (doc) => renderPdf(<MinutesPdf doc={doc} />));

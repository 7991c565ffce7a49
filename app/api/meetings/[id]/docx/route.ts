import { buildReportDocx } from "@/lib/document/docx/document-docx";
import { minutesPaper } from "@/lib/meetings/minutes/minutes-paper";
import { minutesRoute } from "@/lib/meetings/minutes/minutes-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The biên bản as Word (.docx): the same paper, checks and content as the PDF. */
export const GET = minutesRoute("docx", (doc) => buildReportDocx(minutesPaper(doc)));

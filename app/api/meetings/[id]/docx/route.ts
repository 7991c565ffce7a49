import { buildMinutesDocx } from "@/lib/meetings/minutes/minutes-docx";
import { minutesRoute } from "@/lib/meetings/minutes/minutes-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The biên bản as Word (.docx), with the same checks and content as the PDF. */
export const GET = minutesRoute("docx", buildMinutesDocx);

import "server-only";
// Papers as they leave the app: the issue options applied (signer, date), then PDF or DOCX.
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { downloadResponse } from "@/lib/http/download";
import type { ReportDoc } from "./blocks";
import { buildReportDocx } from "./docx/document-docx";
import { renderReportsPdf } from "./pdf/writer";
import { applyIssueOptions, type BchSigners, parseIssueOptions } from "./signer";

/** The current term's chủ tịch and (first) phó chủ tịch of the unit. */
export async function bchSigners(unitId: string): Promise<BchSigners> {
  const today = clock.today();
  const positions = await db.position.findMany({
    where: {
      office: { in: ["CHAIR", "VICE_CHAIR"] },
      member: { unitId, status: "ACTIVE" },
      term: { unitId },
      startOn: { lte: today },
      OR: [{ endOn: null }, { endOn: { gte: today } }],
    },
    orderBy: [{ startOn: "desc" }, { id: "asc" }],
    select: { office: true, member: { select: { fullName: true } } },
  });
  const first = (office: string) => positions.find((p) => p.office === office)?.member.fullName ?? null;
  return { chair: first("CHAIR") ?? "", deputy: first("VICE_CHAIR") };
}

/** The papers with the request's ?signer= and ?date=; a bad date is an error message. */
export async function issuePapers(actor: Pick<Actor, "unitId">, docs: ReportDoc[], params: URLSearchParams) {
  const opts = parseIssueOptions(params);
  if ("error" in opts) return opts;
  const names = await bchSigners(actor.unitId);
  return docs.map((d) => applyIssueOptions(d, opts, names));
}

/**
 * The response of a paper route: ?format=pdf (default) or docx, with the issue options applied.
 * Several papers go in one PDF; a DOCX holds the first.
 */
export async function paperResponse(
  actor: Pick<Actor, "unitId">,
  docs: ReportDoc[],
  params: URLSearchParams,
  file: string,
  formats: ("pdf" | "docx")[] = ["pdf", "docx"],
) {
  const format = params.get("format") ?? "pdf";
  if (!formats.includes(format as "pdf"))
    return Response.json({ error: "Định dạng không hợp lệ." }, { status: 400 });
  const papers = await issuePapers(actor, docs, params);
  if ("error" in papers) return Response.json({ error: papers.error }, { status: 400 });
  if (format === "docx") return downloadResponse(await buildReportDocx(papers[0]), file, "docx");
  return downloadResponse(await renderReportsPdf(papers), file, "pdf", { inline: true });
}

import { paperResponse } from "@/lib/document/issue";
import { createRoute } from "@/lib/http/route";
import { getDecisionPaper } from "@/lib/org/awards/paper";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ decisionId: string }> };

/** The cấp trên's QUYẾT ĐỊNH khen thưởng with its list as PDF (or ?format=docx). */
export const GET = createRoute<Ctx>(
  { name: "org.awards.decision", anyOf: ["org.submissions.read"], what: "quyết định khen thưởng" },
  async (actor, request, { params }) => {
    const { paper, decision } = await getDecisionPaper(actor, (await params).decisionId);
    return paperResponse(
      actor,
      [paper],
      new URL(request.url).searchParams,
      `quyet-dinh-khen-thuong-${decision.year}`,
    );
  },
);

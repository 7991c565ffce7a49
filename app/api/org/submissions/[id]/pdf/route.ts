import { createRoute, notFoundResponse } from "@/lib/http/route";
import { findOrgSubmission } from "@/lib/org/submissions/queries";
import { submissionPdf } from "@/lib/submissions/pdf";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

/** A paper a CĐCS of the cấp trên's subtree sent, as frozen (another subtree's: 404). */
export const GET = createRoute<Ctx>(
  { name: "org.submissions.pdf", anyOf: ["org.submissions.read"], what: "hồ sơ gửi lên" },
  async (actor, _request, ctx) => {
    const { id } = await ctx.params;
    const s = await findOrgSubmission(actor, id);
    if (!s) return notFoundResponse("hồ sơ gửi lên");
    return submissionPdf(s);
  },
);

import { createRoute, notFoundResponse } from "@/lib/http/route";
import { submissionPdf } from "@/lib/submissions/pdf";
import { findUnitSubmission } from "@/lib/submissions/queries";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

/** A paper the unit sent its cấp trên, as frozen. */
export const GET = createRoute<Ctx>(
  { name: "submissions.pdf", anyOf: ["submissions.read"], what: "hồ sơ đã gửi" },
  async (actor, _request, ctx) => {
    const { id } = await ctx.params;
    const s = await findUnitSubmission(actor, id);
    if (!s) return notFoundResponse("hồ sơ đã gửi");
    return submissionPdf(s);
  },
);

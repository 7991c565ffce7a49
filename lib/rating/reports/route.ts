// The download routes of the rating reports: ?year= (and the report's own parameters),
// ?format=pdf (default) or docx, ?signer= and ?date= (lib/document/issue.ts); sign-in and
// permission by createRoute, scope by the query (null → 404).
import type { Actor } from "@/lib/auth/current-user";
import type { ReportDoc } from "@/lib/document/blocks";
import { paperResponse } from "@/lib/document/issue";
import { badYear, yearParam } from "@/lib/http/params";
import { createRoute, notFoundResponse } from "@/lib/http/route";
import type { Permission } from "@/lib/permissions";
import { currentCycleYear } from "@/lib/settings/unit-cycle";

type Spec = { name: string; anyOf: Permission[]; what: string; file: string; docx?: boolean };

export function reportRoute(
  spec: Spec,
  load: (actor: Actor, year: number, params: URLSearchParams) => Promise<ReportDoc | ReportDoc[] | null>,
) {
  return createRoute(
    { name: `rating.${spec.name}`, anyOf: spec.anyOf, what: spec.what },
    async (actor, request) => {
      const params = new URL(request.url).searchParams;
      const year = yearParam(params, await currentCycleYear(actor.unitId));
      if (year === null) return badYear();
      const format = params.get("format") ?? "pdf";
      if (format !== "pdf" && (format !== "docx" || spec.docx === false))
        return Response.json({ error: "Định dạng không hợp lệ." }, { status: 400 });
      const doc = await load(actor, year, params);
      if (!doc) return notFoundResponse(spec.what);
      return paperResponse(actor, Array.isArray(doc) ? doc : [doc], params, `${spec.file}-${year}`);
    },
  );
}

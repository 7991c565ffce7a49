// The cấp trên's quyết định khen thưởng in the route-handler matrix (decision 0090): its own
// decision, printed for its leaders and staff; every CĐCS role is refused (no org.*).
import { db } from "@/lib/db";
import { tag } from "./matrix-kit";
import { lastWord, readPdf, ROUTE_UPPER, routeRow, type RouteMatrixRow } from "./route-matrix-kit";

export const ORG_APPRAISAL_ROUTES: Record<string, RouteMatrixRow> = {
  "/api/org/awards/[decisionId] GET": routeRow({
    permission: "org.submissions.read",
    scope: "unit",
    prepare: async (w) => {
      const name = `Nguyễn Văn Quyetdinh${tag().replace(/[^a-z]/g, "x")}`;
      const d = await db.upperAwardDecision.create({
        data: {
          upperUnitId: w.upper.id,
          year: 2026,
          number: `${tag()}/QĐ-CĐGD`,
          signedOn: new Date("2026-12-15T00:00:00Z"),
          signerName: "Trần Văn Hùng",
          signerTitle: "CHỦ TỊCH",
          issuedById: w.upperUser.id,
        },
      });
      await db.upperAwardLine.create({
        data: {
          upperUnitId: w.upper.id,
          unitId: w.unit.id,
          year: 2026,
          submissionId: `s-${tag()}`,
          proposalRef: `p-${tag()}`,
          subject: "MEMBER",
          displayName: name,
          form: "Giấy khen của CĐ cấp trên",
          verdict: "AWARD",
          decidedById: w.upperUser.id,
          decidedAt: new Date("2026-12-10T00:00:00Z"),
          decisionId: d.id,
        },
      });
      return { d, name };
    },
    request: (f) => ({ params: { decisionId: f.d.id } }),
    read: readPdf,
    secret: (f) => lastWord(f.name),
    expected: ROUTE_UPPER,
  }),
};

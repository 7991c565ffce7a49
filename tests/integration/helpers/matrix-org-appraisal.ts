// The cấp trên's thẩm định and awards in the action matrix (decision 0090): only the cấp trên's
// leaders (and, for the thẩm định, its staff) act, on a CĐCS of its own subtree; no CĐCS role holds
// org.*, not even the chủ tịch of the unit that sent the papers.
import { db } from "@/lib/db";
import { row, UPPER, tag, type MatrixRow } from "./matrix-kit";
import { acceptedAwardsFile, acceptedSelfRating } from "./org-appraisal-fixtures";
import type { World } from "./world";

const appraisalVersion = async (w: World, year: number) =>
  (await db.upperAppraisal.findUnique({ where: { unitId_year: { unitId: w.unit.id, year } } }))?.version ?? 0;

/** An awards file whose first proposal the cấp trên has decided "Khen", nothing issued yet. */
async function decidedFile(w: World, year: number) {
  const f = await acceptedAwardsFile(w, { year });
  const p = f.payload.proposals[0];
  const line = await db.upperAwardLine.create({
    data: {
      upperUnitId: w.upper.id,
      unitId: w.unit.id,
      year,
      submissionId: f.submission.id,
      proposalRef: p.proposalRef,
      subject: p.subject,
      memberId: p.memberId,
      displayName: p.displayName,
      form: p.form,
      summary: p.summary,
      verdict: "AWARD",
      decidedById: w.upperUser.id,
      decidedAt: new Date("2026-12-01T03:00:00Z"),
    },
  });
  return { ...f, line };
}

let year = 2040;

export const ORG_APPRAISAL_MATRIX: Record<string, MatrixRow> = {
  "org.appraisal.saveAppraisalAction": row({
    scope: "unit",
    permission: "org.appraise",
    prepare: async (w) => {
      const s = await acceptedSelfRating(w, { year: 2026 });
      return { ...s, version: await appraisalVersion(w, 2026) };
    },
    input: (f, w) => ({
      unitId: w.unit.id,
      year: 2026,
      version: f.version,
      scores: f.payload.criteria.map((c) => ({ criterionId: c.criterionId, points: c.maxScore - 2 })),
      note: "Chấm lại tiêu chí giám sát",
      intent: "save",
    }),
    expected: UPPER,
  }),
  "org.appraisal.reopenAppraisalAction": row({
    scope: "unit",
    permission: "org.appraise",
    // A concluded thẩm định of a year of its own for each cell.
    prepare: async (w) => {
      const y = ++year;
      const s = await acceptedSelfRating(w, { year: y });
      const a = await db.upperAppraisal.create({
        data: {
          upperUnitId: w.upper.id,
          unitId: w.unit.id,
          year: y,
          submissionId: s.submission.id,
          scores: [],
          total: 90,
          level: "Hoàn thành xuất sắc nhiệm vụ",
          state: "CONCLUDED",
          savedById: w.upperUser.id,
        },
      });
      return { y, a };
    },
    input: (f, w) => ({ unitId: w.unit.id, year: f.y, version: f.a.version, reason: "Chấm nhầm tiêu chí 3" }),
    expected: UPPER,
  }),
  "org.awards.decideAwardProposalAction": row({
    scope: "unit",
    permission: "org.awards.decide",
    prepare: (w) => acceptedAwardsFile(w, { year: 2026 }),
    input: (f) => ({
      submissionId: f.submission.id,
      proposalRef: f.payload.proposals[0].proposalRef,
      verdict: "AWARD",
      reason: "",
      version: 0,
    }),
    expected: UPPER,
  }),
  "org.awards.issueAwardDecisionAction": row({
    scope: "unit",
    permission: "org.awards.decide",
    prepare: async (w) => {
      const y = ++year;
      await decidedFile(w, y);
      return { y };
    },
    input: (f) => ({
      year: f.y,
      number: `${tag()}/QĐ-CĐGD`,
      signedOn: "15/12/2026",
      signerName: "Trần Văn Hùng",
      signerTitle: "CHU_TICH",
    }),
    expected: UPPER,
  }),
  "org.awards.revokeAwardLinesAction": row({
    scope: "unit",
    permission: "org.awards.decide",
    prepare: async (w) => {
      const y = ++year;
      const f = await decidedFile(w, y);
      const d = await db.upperAwardDecision.create({
        data: {
          upperUnitId: w.upper.id,
          year: y,
          number: `${tag()}/QĐ-CĐGD`,
          signedOn: new Date("2026-12-15T00:00:00Z"),
          signerName: "Trần Văn Hùng",
          signerTitle: "CHỦ TỊCH",
          issuedById: w.upperUser.id,
        },
      });
      await db.upperAwardLine.update({ where: { id: f.line.id }, data: { decisionId: d.id } });
      return { y, lineId: f.line.id };
    },
    input: (f) => ({
      year: f.y,
      lineIds: [f.lineId],
      reason: "Đoàn viên bị xử lý kỷ luật sau khi khen",
      number: `${tag()}/QĐ-CĐGD`,
      signedOn: "20/12/2026",
      signerName: "Trần Văn Hùng",
      signerTitle: "CHU_TICH",
    }),
    expected: UPPER,
  }),
};

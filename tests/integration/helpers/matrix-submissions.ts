// The submissions' rows of the action matrix (see action-matrix.ts and matrix-kit.ts; decision 0089):
// the CĐCS's chủ tịch and phó chủ tịch send a paper; only the cấp trên returns or accepts it, and
// only a paper of its own subtree. No CĐCS role decides; no cấp trên role sends.
import { db } from "@/lib/db";
import { NOBODY, row, UPPER, type MatrixRow } from "./matrix-kit";
import type { World } from "./world";

/** A waiting paper of the world's unit (sent by its chủ tịch), made straight in the database. */
export const waitingSubmission = async (w: World) => {
  const last = await db.submission.findFirst({
    where: { unitId: w.unit.id, year: 2026, kind: "STATISTICS" },
    orderBy: { version: "desc" },
  });
  // A fresh paper kind per cell would need five kinds; a new version per cell keeps each current.
  await db.submission.updateMany({
    where: { unitId: w.unit.id, year: 2026, kind: "STATISTICS", state: { in: ["SUBMITTED", "RETURNED"] } },
    data: { state: "SUPERSEDED" },
  });
  return db.submission.create({
    data: {
      unitId: w.unit.id,
      year: 2026,
      kind: "STATISTICS",
      version: (last?.version ?? 0) + 1,
      doc: { papers: [] },
      payload: {},
      submittedById: w.people.chair.user.id,
    },
  });
};

/** The cấp trên's leaders and staff (org.submissions.decide); the chủ tịch of a unit is no one's cấp trên. */

export const SUBMISSIONS_MATRIX: Record<string, MatrixRow> = {
  "submissions.submitPaperAction": row({
    scope: "unit",
    permission: "submissions.send",
    input: () => ({ kind: "STATISTICS", year: 2026 }),
    // The other unit's chủ tịch may send, but that unit has no cấp trên in the app: refused, nothing written.
    expected: { ...NOBODY, viceChair: "ok", chair: "ok", chairOfOtherUnit: "CONFLICT" },
  }),
  "org.submissions.returnSubmissionAction": row({
    scope: "unit",
    permission: "org.submissions.decide",
    prepare: waitingSubmission,
    input: (s) => ({ submissionId: (s as { id: string }).id, comment: "Bổ sung số liệu tổ Ngữ văn." }),
    expected: UPPER,
  }),
  "org.submissions.acceptSubmissionAction": row({
    scope: "unit",
    permission: "org.submissions.decide",
    prepare: waitingSubmission,
    input: (s) => ({ submissionId: (s as { id: string }).id }),
    expected: UPPER,
  }),
};

export const SUBMISSIONS_NOT_COVERED: Record<string, string> = {};

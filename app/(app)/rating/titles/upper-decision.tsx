import { formatDate } from "@/lib/format";
import type { CandidateRow } from "@/lib/rating/titles/queries";

/** The cấp trên's quyết định on a proposal, as its decision wrote it back (lib/org/awards/flow-back.ts). */
export function UpperDecision({ row }: { row: CandidateRow }) {
  if (!row.upperVerdict) return null;
  const when = `Quyết định số ${row.upperDecisionNo ?? ""}${row.upperDecisionOn ? ` ngày ${formatDate(row.upperDecisionOn)}` : ""}`;
  return (
    <p className="mt-1 text-ink" data-testid="upper-decision">
      {row.upperVerdict === "AWARD" ? "Cấp trên khen" : "Cấp trên không khen"}: {when}
      {row.upperConferrer ? ` của ${row.upperConferrer}` : ""}
      {row.upperVerdict === "NO_AWARD" && row.upperReason ? ` (${row.upperReason})` : ""}
      {row.upperRevokedNo && (
        <span className="text-brand-800"> — đã thu hồi theo Quyết định số {row.upperRevokedNo}</span>
      )}
    </p>
  );
}

import { Badge } from "@/components/ui/badge";
import { TITLE_AWARD_LABELS, UNDECIDED } from "@/lib/rating/labels";
import type { CandidateRow } from "@/lib/rating/titles/queries";
import { type CommendationOption, DecideTitleButton } from "./decide-title-button";
import { UpperDecision } from "./upper-decision";

const TONE = { ACHIEVED: "green", NOT_ACHIEVED: "red", PROPOSED_HIGHER: "blue" } as const;

const CONFERRER = {
  UNION_UPPER: "Công đoàn cấp trên xét tặng",
  CDCS: "Công đoàn cơ sở công nhận",
  AGENCY: "Danh hiệu nhà nước – Thủ trưởng cơ quan tặng",
} as const;

/**
 * One line per registered title: the subject (member and tổ, or the tổ itself), the title and who
 * confers it, the final level (of the member or the tổ), why the candidate is not eligible (the
 * bulk Đạt skips it), the result and reason.
 */
export function TitleList({
  rows,
  ratingYearId,
  editable,
  commendations,
  cdcsMayCommend,
}: {
  rows: CandidateRow[];
  ratingYearId: string;
  editable: boolean;
  commendations: CommendationOption[];
  /** The year's setting: whether the BCH may give its own Giấy khen. */
  cdcsMayCommend: boolean;
}) {
  const commendationName = new Map(commendations.map((c) => [c.id, c.name]));
  return (
    <ul className="divide-y divide-surface-line rounded-card border border-surface-line bg-white">
      {rows.map((row) => (
        <li
          key={`${row.registrationId}:${row.titleId}`}
          className="grid gap-2 p-3 sm:grid-cols-[minmax(0,1.3fr)_minmax(0,1fr)_minmax(0,1.4fr)_6.5rem] sm:items-center"
          data-testid="title-row"
        >
          <div className="min-w-0">
            <p className="font-medium text-ink">{row.memberName ?? `Tập thể: ${row.groupName ?? ""}`}</p>
            <p className="text-sm text-ink-muted">{row.memberId ? row.groupName : "Danh hiệu tập thể"}</p>
          </div>
          <div className="min-w-0 text-sm">
            <p className="text-ink">{row.titleName}</p>
            <p className="text-xs text-ink-muted">{CONFERRER[row.conferrer]}</p>
            <p className="text-ink-muted">Xếp loại: {row.finalLevel ?? UNDECIDED}</p>
            {row.bar && !row.result && <p className="mt-1 text-amber-800">Chưa đủ điều kiện: {row.bar}</p>}
          </div>
          <div className="min-w-0 text-sm">
            {row.result ? (
              <Badge tone={TONE[row.result]}>{TITLE_AWARD_LABELS[row.result]}</Badge>
            ) : (
              <Badge>Chưa bình xét</Badge>
            )}
            {row.commendationId && (
              <p className="mt-1 text-ink">{commendationName.get(row.commendationId)}</p>
            )}
            {row.reason && <p className="mt-1 text-ink-muted">{row.reason}</p>}
            <UpperDecision row={row} />
          </div>
          <div>
            {editable && (
              <DecideTitleButton
                row={row}
                ratingYearId={ratingYearId}
                commendations={commendations}
                cdcsMayCommend={cdcsMayCommend}
              />
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}

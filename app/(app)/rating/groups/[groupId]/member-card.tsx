// One member of the tổ review: a summary line that opens (native <details>, keyboard usable) onto
// the self-assessment and the tổ's record, editable by the tổ trưởng, read-only for everyone else.
import { Badge } from "@/components/ui/badge";
import { ASSESSMENT_STATE_LABELS } from "@/lib/emulation/labels";
import type { ExclusionSettings } from "@/lib/rating/exclusions";
import { MemberReadout } from "./member-readout";
import { MemberReviewForm } from "./member-review-form";
import type { CriterionView, LevelView, MemberRowView } from "./types";

type Props = {
  row: MemberRowView;
  criteria: CriterionView[];
  levels: LevelView[];
  presentCount: number | null;
  exclusion: ExclusionSettings;
  editable: boolean;
};

export function MemberCard({ row, criteria, levels, presentCount, exclusion, editable }: Props) {
  const a = row.assessment;
  return (
    <details
      className="group rounded-card border border-surface-line bg-white"
      data-testid="member-review"
      data-member={row.member.fullName}
    >
      <summary className="flex cursor-pointer list-none flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between [&::-webkit-details-marker]:hidden">
        <span className="min-w-0">
          <span className="font-medium text-ink">
            <span aria-hidden className="mr-1 inline-block transition-transform group-open:rotate-90">
              ▸
            </span>
            {row.member.fullName}
          </span>
          {row.member.jobTitle && <span className="text-sm text-ink-muted"> · {row.member.jobTitle}</span>}
          <span className="block text-sm text-ink-muted">
            {a
              ? `Tự chấm ${a.totalPoints} điểm${a.proposedLevel ? ` · tự xếp: ${a.proposedLevel}` : ""}`
              : "Chưa tự đánh giá"}
          </span>
        </span>
        <span className="flex flex-wrap items-center gap-2">
          {row.excludedReason ? (
            <Badge tone="amber">Không xếp loại: {row.excludedReason}</Badge>
          ) : row.proposedLevel ? (
            <Badge tone="green">Tổ đề xuất: {row.proposedLevel}</Badge>
          ) : (
            <Badge>Chưa đề xuất</Badge>
          )}
          {row.awardBarReason && <Badge tone="amber">Không xét danh hiệu: {row.awardBarReason}</Badge>}
          {row.votesFor !== null && (
            <span className="text-xs text-ink-muted">
              {row.votesFor} đồng ý · {row.votesAgainst ?? 0} không đồng ý
            </span>
          )}
        </span>
      </summary>
      <div className="flex flex-col gap-4 border-t border-surface-line p-4">
        <div className="text-sm">
          <p>
            <span className="text-ink-muted">Phiếu tự đánh giá: </span>
            {a ? <b>{ASSESSMENT_STATE_LABELS[a.state]}</b> : <b>Chưa tự đánh giá</b>}
            {a && (
              <>
                {" "}
                · tổng tự chấm <b>{a.totalPoints}</b> · mức tự xếp <b>{a.proposedLevel ?? "—"}</b>
              </>
            )}
          </p>
          {a?.comment && <p className="mt-1 whitespace-pre-line text-ink-muted">“{a.comment}”</p>}
          {a?.state === "DRAFT" && (
            <p className="mt-1 text-amber-800">
              Đoàn viên chưa nộp phiếu: tổ chưa chấm điểm theo tiêu chí được.
            </p>
          )}
        </div>
        {editable ? (
          <MemberReviewForm
            row={row}
            criteria={criteria}
            levels={levels}
            presentCount={presentCount}
            exclusion={exclusion}
          />
        ) : (
          <MemberReadout row={row} criteria={criteria} />
        )}
      </div>
    </details>
  );
}

import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { GroupRatingRow } from "@/lib/rating/collectives/queries";
import { UNDECIDED } from "@/lib/rating/labels";
import { GroupDecisionButton } from "./group-decision-button";

type Props = {
  rows: GroupRatingRow[];
  year: number;
  ratingYearId: string;
  levels: string[];
  canDecide: boolean;
};

/** One line per tổ: self total and level once submitted, the BCH's level, and the actions. */
export function GroupRatingTable({ rows, year, ratingYearId, levels, canDecide }: Props) {
  return (
    <ul className="divide-y divide-surface-line rounded-card border border-surface-line bg-white">
      {rows.map((g) => {
        const x = g.rating;
        return (
          <li
            key={g.id}
            className="grid gap-2 p-3 sm:grid-cols-[minmax(0,1.4fr)_minmax(0,1.2fr)_minmax(0,1.2fr)_auto] sm:items-center"
            data-testid="group-rating-row"
          >
            <p className="font-medium text-ink">{g.name}</p>
            <div className="text-sm">
              <span className="text-ink-muted">Tổ tự chấm: </span>
              {x?.selfSubmittedAt ? (
                <span>
                  {x.selfTotal} điểm · {x.selfLevel}
                </span>
              ) : (
                <Badge tone="amber">{x ? "Đang chấm (nháp)" : "Chưa chấm"}</Badge>
              )}
            </div>
            <div className="text-sm">
              <span className="text-ink-muted">BCH xếp loại: </span>
              {x?.finalLevel ? (
                <Badge tone="green">{x.finalLevel}</Badge>
              ) : (
                <span className="text-ink-muted">{UNDECIDED}</span>
              )}
              {x?.reviewNote && <p className="text-ink-muted">{x.reviewNote}</p>}
            </div>
            <div className="flex flex-wrap gap-2">
              <Link
                href={`/rating/collectives/groups/${g.id}?year=${year}`}
                className="inline-flex min-h-10 items-center px-2 text-sm text-brand-700 underline"
              >
                Phiếu chấm
              </Link>
              {canDecide && <GroupDecisionButton ratingYearId={ratingYearId} group={g} levels={levels} />}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

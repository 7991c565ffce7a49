import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { AppraisalListRow } from "@/lib/org/appraisal/queries";

/** The CĐCS whose self-rating was accepted, each with its thẩm định state and a link to score it. */
export function AppraisalList({
  rows,
  year,
  mayAppraise,
}: {
  rows: AppraisalListRow[];
  year: number;
  mayAppraise: boolean;
}) {
  if (!rows.length)
    return (
      <p className="text-sm text-ink-muted">
        Chưa có bản tự đánh giá, xếp loại nào của năm {year} được tiếp nhận.
      </p>
    );
  return (
    <ul className="divide-y divide-surface-line" data-testid="appraisal-list">
      {rows.map((r) => (
        <li key={r.unitId} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
          {mayAppraise ? (
            <Link
              href={`/org/${r.unitId}/appraisal?year=${year}`}
              className="font-medium text-brand-700 hover:underline"
            >
              {r.unitName}
            </Link>
          ) : (
            <span className="font-medium">{r.unitName}</span>
          )}
          <span className="flex flex-wrap items-center gap-2">
            <span className="text-ink-muted">
              Tự chấm {r.selfTotal ?? "—"} điểm · {r.selfLevel ?? "—"}
            </span>
            {r.state === "CONCLUDED" ? (
              <Badge tone="green">
                Thẩm định: {r.total} điểm — {r.level}
              </Badge>
            ) : r.state === "DRAFT" ? (
              <Badge tone="amber">Đang chấm</Badge>
            ) : (
              <Badge>Chưa thẩm định</Badge>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

"use client";
import { Badge } from "@/components/ui/badge";
import type { DecisionRow } from "@/lib/rating/decision/queries";
import { NOT_RATED, UNDECIDED } from "@/lib/rating/labels";
import { DecisionCell, type DecisionCellProps } from "./decision-cell";

type Props = Omit<DecisionCellProps, "row"> & { rows: DecisionRow[]; editable: boolean };

const th = "px-3 py-2 text-left font-medium";

export function DecisionTable({
  rows,
  levels,
  quota,
  unitCounts,
  pending,
  onChoose,
  onSaved,
  editable,
}: Props) {
  return (
    <div
      className="relative overflow-x-auto rounded-card border border-surface-line bg-white"
      tabIndex={0}
      role="region"
      aria-label="Bảng quyết định xếp loại"
    >
      <table className="w-full min-w-[980px] text-sm" data-testid="decision-table">
        <thead className="bg-surface-sunken text-ink-muted">
          <tr>
            <th className={th}>Họ tên</th>
            <th className={th}>Tổ</th>
            <th className={th}>Tự xếp loại</th>
            <th className={th}>Tổ đề xuất</th>
            <th className={`${th} w-[22rem]`}>Mức cuối cùng</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-surface-line">
          {rows.map((r) => (
            <tr key={r.id} data-member={r.fullName} className="align-top">
              <td className="px-3 py-2 font-medium text-ink">{r.fullName}</td>
              <td className="px-3 py-2 text-ink-muted">{r.groupName}</td>
              <td className="px-3 py-2" data-col="self">
                {r.selfLevel ? (
                  <>
                    {r.selfLevel}
                    <span className="block text-xs text-ink-muted">{r.selfPoints} điểm</span>
                  </>
                ) : (
                  <span className="text-ink-faint">Chưa nộp</span>
                )}
              </td>
              <td className="px-3 py-2" data-col="proposed">
                {r.proposedLevel ?? <span className="text-ink-faint">Chưa đề xuất</span>}
                {r.votesFor !== null && (
                  <span className="block text-xs text-ink-muted">
                    Đồng ý {r.votesFor} · không đồng ý {r.votesAgainst ?? 0}
                  </span>
                )}
              </td>
              <td className="px-3 py-2" data-col="final">
                {r.excludedReason ? (
                  <>
                    <Badge tone="gray">{NOT_RATED}</Badge>
                    <span className="mt-1 block text-xs text-ink-muted">{r.excludedReason}</span>
                  </>
                ) : editable ? (
                  <DecisionCell
                    row={r}
                    levels={levels}
                    quota={quota}
                    unitCounts={unitCounts}
                    pending={pending}
                    onChoose={onChoose}
                    onSaved={onSaved}
                  />
                ) : (
                  <>
                    {r.finalLevel ?? <span className="text-ink-faint">{UNDECIDED}</span>}
                    {r.exceptionReason && (
                      <span className="mt-1 block text-xs text-amber-800">
                        Giải trình ngoại lệ: {r.exceptionReason}
                      </span>
                    )}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

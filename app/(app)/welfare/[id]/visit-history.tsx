import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";

const LABELS: Record<string, string> = {
  "welfare.visit.create": "Đề xuất",
  "welfare.visit.update": "Sửa thông tin",
  "welfare.visit.override": "Vượt quy chế (có lý do và quyết định BCH)",
  "welfare.visit.budget-override": "Chi vượt dự toán (có lý do)",
  "welfare.visit.approved": "Duyệt",
  "welfare.visit.done": "Ghi nhận đã thăm / đã chi",
  "welfare.visit.cancelled": "Hủy",
};

/** The visit's audit trail, oldest first. */
export function VisitHistory({
  rows,
}: {
  rows: { id: string; at: Date; action: string; actor: string; after: Record<string, unknown> | null }[];
}) {
  return (
    <Card title="Lịch sử">
      {rows.length === 0 ? (
        <p className="text-sm text-ink-muted">Chưa có thay đổi nào được ghi.</p>
      ) : (
        <ol className="flex flex-col gap-3 border-l border-surface-line pl-4" data-testid="visit-history">
          {rows.map((r) => (
            <li key={r.id} className="text-sm">
              <p className="font-medium text-ink">{LABELS[r.action] ?? r.action}</p>
              <p className="text-xs text-ink-muted">
                {r.actor} · {formatDateTime(r.at)}
              </p>
              {typeof r.after?.reason === "string" && (
                <p className="mt-0.5 text-ink-muted">Lý do: {r.after.reason}</p>
              )}
              {typeof r.after?.budgetOverrideReason === "string" && (
                <p className="mt-0.5 text-ink-muted">
                  Lý do chi vượt dự toán: {r.after.budgetOverrideReason}
                </p>
              )}
              {typeof r.after?.overrideReason === "string" && (
                <p className="mt-0.5 text-ink-muted">
                  Lý do: {r.after.overrideReason} · {String(r.after.overrideDecisionRef ?? "")}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

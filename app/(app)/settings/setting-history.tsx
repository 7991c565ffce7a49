import { Badge } from "@/components/ui/badge";
import { formatAtMoment, formatDate } from "@/lib/format";
import type { SettingHistoryEntry } from "@/lib/settings/queries";
import type { SettingDefinition } from "@/lib/settings/registry";
import { formatSettingValue } from "@/lib/settings/service";

export const sinceLabel = (from: string | null) => (from ? `Từ ${formatDate(from)}` : "Từ trước đến nay");

/** A setting's timeline, newest first, with the entry in force today marked. */
export function SettingHistory({
  def,
  history,
  current,
  today,
}: {
  def: SettingDefinition;
  history: SettingHistoryEntry[];
  current: SettingHistoryEntry;
  today: string;
}) {
  return (
    <ol className="flex flex-col divide-y divide-surface-line rounded-lg border border-surface-line bg-surface-sunken/40">
      {history.map((h, i) => {
        const inForce =
          h.source === current.source && h.effectiveFrom === current.effectiveFrom && h.id === current.id;
        const upcoming = !!h.effectiveFrom && h.effectiveFrom > today;
        return (
          <li
            key={h.id ?? `d${i}`}
            className="flex flex-col gap-1 px-3 py-2 text-sm sm:flex-row sm:items-start sm:gap-4"
          >
            <div className="w-40 shrink-0 tabular-nums text-ink-muted">{sinceLabel(h.effectiveFrom)}</div>
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium text-ink">{formatSettingValue(def, h.value)}</span>
                {inForce && <Badge tone="green">Đang áp dụng</Badge>}
                {upcoming && <Badge tone="blue">Sắp áp dụng</Badge>}
                {h.source === "default" && <Badge>Mặc định</Badge>}
              </div>
              {h.note && <div className="mt-0.5 break-words text-ink-muted">{h.note}</div>}
              {h.source === "stored" && (
                <div className="mt-0.5 text-xs text-ink-faint">
                  Thêm bởi {h.createdBy ?? "—"}
                  {h.createdAt && ` ${formatAtMoment(h.createdAt)}`}
                </div>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

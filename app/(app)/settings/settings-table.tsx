"use client";
import { Fragment, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/lib/format";
import type { SettingOverview } from "@/lib/settings/queries";
import { SETTING_REGISTRY, type SettingKey } from "@/lib/settings/registry";
import { formatSettingValue } from "@/lib/settings/service";
import { AddSettingDialog } from "./add-setting-dialog";
import { SettingHistory, sinceLabel } from "./setting-history";

type Props = { items: SettingOverview[]; today: string; canWrite: boolean };

export function SettingsTable({ items, today, canWrite }: Props) {
  const [open, setOpen] = useState<Set<SettingKey>>(new Set());
  const [adding, setAdding] = useState<SettingKey | null>(null);
  const toggle = (key: SettingKey) =>
    setOpen((s) => {
      const next = new Set(s);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  return (
    <>
      <ul className="flex flex-col divide-y divide-surface-line border-y border-surface-line">
        {items.map((item) => {
          const def = SETTING_REGISTRY[item.key];
          // The nearest value that has not begun yet, so a scheduled change is visible at a glance.
          const next = item.history.filter((h) => h.effectiveFrom && h.effectiveFrom > today).at(-1);
          const expanded = open.has(item.key);
          return (
            <Fragment key={item.key}>
              <li
                className="grid grid-cols-1 gap-2 py-3 md:grid-cols-[minmax(0,2fr)_minmax(0,1.4fr)_auto] md:items-center md:gap-4"
                data-setting={item.key}
              >
                <div className="min-w-0">
                  <div className="font-medium text-ink">{def.label}</div>
                  {"hint" in def && def.hint && <div className="text-xs text-ink-muted">{def.hint}</div>}
                </div>
                <div className="min-w-0">
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="text-base font-semibold text-ink" data-current-value>
                      {formatSettingValue(def, item.current.value)}
                    </span>
                    {item.current.source === "default" && <Badge>Mặc định</Badge>}
                  </div>
                  <div className="text-xs text-ink-muted">{sinceLabel(item.current.effectiveFrom)}</div>
                  {next && (
                    <div className="text-xs text-sky-800">
                      Từ {formatDate(next.effectiveFrom)}: {formatSettingValue(def, next.value)}
                    </div>
                  )}
                </div>
                <div className="flex flex-wrap gap-2 md:justify-end">
                  <Button
                    variant="ghost"
                    className="px-3"
                    aria-expanded={expanded}
                    onClick={() => toggle(item.key)}
                  >
                    {expanded ? "Ẩn lịch sử" : `Lịch sử (${item.history.length})`}
                  </Button>
                  {canWrite && (
                    <Button variant="secondary" className="px-3" onClick={() => setAdding(item.key)}>
                      Thêm giá trị mới
                    </Button>
                  )}
                </div>
              </li>
              {expanded && (
                <li className="pb-3">
                  <SettingHistory def={def} history={item.history} current={item.current} today={today} />
                </li>
              )}
            </Fragment>
          );
        })}
      </ul>
      {canWrite && <AddSettingDialog settingKey={adding} today={today} onClose={() => setAdding(null)} />}
    </>
  );
}

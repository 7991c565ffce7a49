"use client";
// The quota meter and the table together: a level chosen in a row moves the meter at once
// (counts from the server + quotaUsage), before it is saved.
import { useMemo, useState } from "react";
import type { DecisionRow } from "@/lib/rating/decision/queries";
import { moveCount, type QuotaSettings, type SchemeLevel } from "@/lib/rating/quota";
import { DecisionTable } from "./decision-table";
import { QuotaMeter } from "./quota-meter";

type Props = {
  levels: SchemeLevel[];
  quota: QuotaSettings;
  unit: Record<string, number>;
  groups: { id: string; name: string; counts: Record<string, number> }[];
  rows: DecisionRow[];
  editable: boolean;
};

export function DecisionBoard({ levels, quota, unit, groups, rows, editable }: Props) {
  const [pending, setPending] = useState<Record<string, string | null>>({});
  const live = useMemo(() => {
    let u = unit;
    const g = Object.fromEntries(groups.map((x) => [x.id, x.counts]));
    for (const row of rows) {
      if (!(row.id in pending) || row.excludedReason || pending[row.id] === row.finalLevel) continue;
      u = moveCount(u, row.finalLevel, pending[row.id]);
      if (g[row.groupId]) g[row.groupId] = moveCount(g[row.groupId], row.finalLevel, pending[row.id]);
    }
    return { unit: u, groups: g };
  }, [unit, groups, rows, pending]);
  const choose = (id: string, level: string | null) => setPending((p) => ({ ...p, [id]: level }));
  const saved = (id: string) => setPending(({ [id]: _, ...rest }) => rest);
  return (
    <>
      <div className="mb-4 grid gap-3 lg:grid-cols-[2fr_3fr]">
        <QuotaMeter title="Toàn CĐCS" counts={live.unit} levels={levels} quota={quota} big />
        {groups.length > 0 && (
          <div className="grid gap-3 sm:grid-cols-2">
            {groups.map((g) => (
              <QuotaMeter
                key={g.id}
                title={g.name}
                counts={live.groups[g.id] ?? {}}
                levels={levels}
                quota={quota}
              />
            ))}
          </div>
        )}
      </div>
      {groups.length > 0 && (
        <p className="-mt-2 mb-4 text-xs text-ink-muted">
          Tỉ lệ của từng tổ (các tổ có trên trang này) chỉ để tham khảo; tỉ lệ được áp dụng cho toàn CĐCS.
        </p>
      )}
      <DecisionTable
        rows={rows}
        levels={levels}
        quota={quota}
        unitCounts={live.unit}
        pending={pending}
        onChoose={choose}
        onSaved={saved}
        editable={editable}
      />
    </>
  );
}

"use client";
import { memo } from "react";
import { cn } from "@/components/ui/cn";
import { inputClass } from "@/components/ui/field";
import type { AttendanceCode } from "@/lib/meetings/labels";

export type SheetRow = {
  memberId: string;
  fullName: string;
  searchName: string;
  groupName: string;
  attendance: AttendanceCode | null;
  reason: string;
};
type Mark = { attendance: "" | AttendanceCode; reason: string };

const CHOICES: { value: AttendanceCode; label: string; on: string }[] = [
  { value: "PRESENT", label: "Có mặt", on: "bg-emerald-600 text-white border-emerald-600" },
  { value: "EXCUSED", label: "Có lý do", on: "bg-amber-500 text-white border-amber-500" },
  { value: "ABSENT", label: "Không lý do", on: "bg-brand-600 text-white border-brand-600" },
];

/** One invitee: three big toggle buttons (a radio group), and the reason when excused. */
export const AttendanceRowView = memo(function AttendanceRowView({
  row,
  mark,
  disabled,
  onChange,
}: {
  row: SheetRow;
  mark: Mark;
  disabled: boolean;
  onChange: (p: Partial<Mark>) => void;
}) {
  const id = `att-${row.memberId}`;
  return (
    <li className="rounded-card border border-surface-line bg-white p-3" data-testid="attendance-row">
      <div className="mb-2 flex items-baseline justify-between gap-2">
        <span id={id} className="font-medium text-ink">
          {row.fullName}
        </span>
        <span className="truncate text-xs text-ink-muted">{row.groupName}</span>
      </div>
      <div role="radiogroup" aria-labelledby={id} className="grid grid-cols-3 gap-2">
        {CHOICES.map((c) => {
          const on = mark.attendance === c.value;
          return (
            <button
              key={c.value}
              type="button"
              role="radio"
              aria-checked={on}
              aria-label={`${row.fullName}: ${c.label === "Có lý do" ? "Vắng có lý do" : c.label === "Không lý do" ? "Vắng không lý do" : c.label}`}
              disabled={disabled}
              onClick={() => onChange({ attendance: on ? "" : c.value })}
              className={cn(
                "min-h-12 rounded-lg border px-2 text-sm font-medium",
                on ? c.on : "border-surface-line bg-white text-ink hover:bg-surface-sunken",
              )}
            >
              {c.label}
            </button>
          );
        })}
      </div>
      {mark.attendance === "EXCUSED" && (
        <input
          aria-label={`Lý do vắng của ${row.fullName}`}
          value={mark.reason}
          disabled={disabled}
          onChange={(e) => onChange({ reason: e.target.value })}
          placeholder="Lý do vắng (ốm, đi công tác…)"
          className={cn(inputClass(), "mt-2")}
        />
      )}
    </li>
  );
});

"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { Option } from "./forms";

type Ref = { kind: string; refId: string };
const key = (r: Ref) => `${r.kind}:${r.refId}`;

/** Chooses the unit's records a finding rests on: one select grouped by kind, then "Thêm". */
export function EvidencePicker({
  id,
  groups,
  value,
  onChange,
}: {
  id: string;
  groups: { label: string; options: Option[] }[];
  value: Ref[];
  onChange: (v: Ref[]) => void;
}) {
  const [pick, setPick] = useState("");
  const labels = new Map(groups.flatMap((g) => g.options.map((o) => [o.value, o.label])));
  const add = () => {
    if (!pick || value.some((r) => key(r) === pick)) return;
    const [kind, ...rest] = pick.split(":");
    onChange([...value, { kind, refId: rest.join(":") }]);
    setPick("");
  };
  return (
    <div className="flex flex-col gap-2">
      <div className="flex gap-2">
        <select id={id} className={inputClass(false)} value={pick} onChange={(e) => setPick(e.target.value)}>
          <option value="">— Chọn hồ sơ trong đơn vị —</option>
          {groups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <Button variant="secondary" onClick={add} disabled={!pick}>
          Thêm
        </Button>
      </div>
      {value.length > 0 && (
        <ul className="flex flex-col gap-1 text-sm" data-testid="evidence-chosen">
          {value.map((r) => (
            <li
              key={key(r)}
              className="flex items-center justify-between gap-2 rounded bg-surface-sunken px-2 py-1"
            >
              <span className="min-w-0">{labels.get(key(r)) ?? r.refId}</span>
              <button
                type="button"
                className="text-xs text-brand-700 underline"
                onClick={() => onChange(value.filter((x) => key(x) !== key(r)))}
              >
                Bỏ
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

"use client";
import { useMemo, useState } from "react";
import { inputClass } from "@/components/ui/field";
import { toSearchText } from "@/lib/format";

export type PickerMember = { id: string; fullName: string; searchName: string; groupId: string };

type Props = {
  id: string;
  members: PickerMember[];
  groupName: (groupId: string) => string;
  value: string;
  onChange: (memberId: string) => void;
  invalid?: boolean;
};

const MAX_SHOWN = 8;

/** Search by name, with or without diacritics ("ha" finds "Hà"), and pick one member. */
export function MemberPicker({ id, members, groupName, value, onChange, invalid }: Props) {
  const [query, setQuery] = useState("");
  const chosen = members.find((m) => m.id === value);
  const matches = useMemo(() => {
    const q = toSearchText(query);
    return (q ? members.filter((m) => m.searchName.includes(q)) : members).slice(0, MAX_SHOWN);
  }, [members, query]);

  if (chosen) {
    return (
      <div
        className="flex items-center justify-between gap-2 rounded-lg border border-surface-line bg-surface-sunken px-3 py-2 text-sm"
        data-testid="picked-member"
      >
        <span>
          <span className="font-medium">{chosen.fullName}</span>
          <span className="text-ink-muted"> · {groupName(chosen.groupId)}</span>
        </span>
        <button type="button" className="text-brand-700 underline" onClick={() => onChange("")}>
          Đổi
        </button>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-1">
      <input
        id={id}
        type="search"
        autoComplete="off"
        placeholder="Gõ tên để tìm, không cần dấu"
        className={inputClass(invalid)}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-controls={`${id}-list`}
      />
      <ul
        id={`${id}-list`}
        aria-label="Đoàn viên phù hợp"
        className="max-h-56 overflow-y-auto rounded-lg border border-surface-line"
      >
        {matches.length === 0 && (
          <li className="px-3 py-2 text-sm text-ink-muted">Không có đoàn viên đang sinh hoạt nào phù hợp.</li>
        )}
        {matches.map((m) => (
          <li key={m.id}>
            <button
              type="button"
              className="flex w-full justify-between gap-2 px-3 py-2 text-left text-sm hover:bg-surface-sunken"
              onClick={() => onChange(m.id)}
              aria-label={`Chọn ${m.fullName}, ${groupName(m.groupId)}`}
            >
              <span className="font-medium">{m.fullName}</span>
              <span className="text-ink-muted">{groupName(m.groupId)}</span>
            </button>
          </li>
        ))}
      </ul>
      {members.length > MAX_SHOWN && matches.length === MAX_SHOWN && (
        <p className="text-xs text-ink-muted">Gõ thêm để thu hẹp kết quả.</p>
      )}
    </div>
  );
}

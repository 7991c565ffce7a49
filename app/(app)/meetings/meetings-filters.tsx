"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { MEETING_STATUS_LABELS, MEETING_TYPE_LABELS } from "@/lib/meetings/labels";

/** Search and filters in the URL: a GET form, submitted again when a select changes. */
export function MeetingsFilters({ groups, years }: { groups: { id: string; name: string }[]; years: number[] }) {
  const params = useSearchParams();
  const router = useRouter();
  const path = usePathname();
  const form = useRef<HTMLFormElement>(null);
  const submit = () => {
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form.current!)) if (typeof v === "string" && v) next.set(k, v);
    router.replace(`${path}?${next.toString()}`);
  };
  const sel = (name: string, label: string, all: string, options: [string, string][]) => (
    <label>
      <span className="sr-only">{label}</span>
      <select name={name} defaultValue={params.get(name) ?? ""} onChange={submit} className={inputClass()}>
        <option value="">{all}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>{l}</option>
        ))}
      </select>
    </label>
  );
  return (
    <form ref={form} role="search" onSubmit={(e) => (e.preventDefault(), submit())} className="mb-4 grid grid-cols-2 gap-2 lg:grid-cols-[1fr_auto_auto_auto_auto_auto]">
      <label className="col-span-2 lg:col-span-1">
        <span className="sr-only">Tìm theo tên cuộc họp hoặc địa điểm</span>
        <input name="q" type="search" defaultValue={params.get("q") ?? ""} placeholder="Tìm theo tên hoặc địa điểm" className={inputClass()} />
      </label>
      {sel("year", "Năm", "Mọi năm", years.map((y) => [String(y), `Năm ${y}`]))}
      {sel("type", "Loại cuộc họp", "Mọi loại", Object.entries(MEETING_TYPE_LABELS))}
      {sel("group", "Tổ công đoàn", "Mọi tổ", groups.map((g) => [g.id, g.name]))}
      {sel("status", "Trạng thái", "Mọi trạng thái", Object.entries(MEETING_STATUS_LABELS))}
      <Button type="submit" variant="secondary" className="col-span-2 lg:col-span-1">Tìm</Button>
    </form>
  );
}

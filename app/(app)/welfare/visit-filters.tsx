"use client";
import { usePathname, useRouter } from "next/navigation";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { VISIT_STATE_LABELS, VISIT_STATES } from "@/lib/welfare/labels";

type Props = {
  values: { year: number; category: string; group: string; state: string; q: string };
  years: number[];
  categories: { id: string; name: string }[];
  groups: { id: string; name: string }[];
};

/** Year, category, tổ, state and search live in the URL: a GET form, submitted again when a select changes. */
export function VisitFilters({ values, years, categories, groups }: Props) {
  const router = useRouter();
  const path = usePathname();
  const form = useRef<HTMLFormElement>(null);
  function submit() {
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form.current!)) if (typeof v === "string" && v) next.set(k, v);
    router.replace(`${path}?${next.toString()}`);
  }
  const select = (name: string, label: string, value: string, options: [string, string][]) => (
    <label>
      <span className="sr-only">{label}</span>
      <select name={name} defaultValue={value} onChange={submit} className={inputClass()}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>{l}</option>
        ))}
      </select>
    </label>
  );
  return (
    <form
      ref={form}
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      className="mb-4 grid grid-cols-2 gap-2 lg:grid-cols-[1fr_auto_auto_auto_auto_auto]"
    >
      <label className="col-span-2 lg:col-span-1">
        <span className="sr-only">Tìm theo tên đoàn viên</span>
        <input name="q" type="search" defaultValue={values.q} placeholder="Tìm theo tên đoàn viên" title="Gõ tên có dấu hoặc không dấu" className={inputClass()} />
      </label>
      {select("year", "Năm", String(values.year), years.map((y) => [String(y), `Năm ${y}`]))}
      {select("category", "Loại thăm hỏi", values.category, [["", "Mọi loại"], ...categories.map((c): [string, string] => [c.id, c.name])])}
      {groups.length > 1 ? select("group", "Tổ công đoàn", values.group, [["", "Tất cả các tổ"], ...groups.map((g): [string, string] => [g.id, g.name])]) : <span className="hidden lg:block" />}
      {select("state", "Trạng thái", values.state, [["", "Mọi trạng thái"], ...VISIT_STATES.map((s): [string, string] => [s, VISIT_STATE_LABELS[s]])])}
      <Button type="submit" variant="secondary">Tìm</Button>
    </form>
  );
}

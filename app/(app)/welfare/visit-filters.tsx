"use client";
import { FilterSearch, FilterSelect, UrlFilterForm } from "@/components/url-filters";
import { VISIT_STATE_LABELS, VISIT_STATES } from "@/lib/welfare/labels";

type Props = {
  values: { year: number; category: string; group: string; state: string; q: string };
  years: number[];
  categories: { id: string; name: string }[];
  groups: { id: string; name: string }[];
};

/** Year, category, tổ, state and search live in the URL, submitted again when a select changes. */
export function VisitFilters({ values, years, categories, groups }: Props) {
  return (
    <UrlFilterForm>
      <FilterSearch
        label="Tìm theo tên đoàn viên"
        value={values.q}
        placeholder="Tìm theo tên đoàn viên"
        title="Gõ tên có dấu hoặc không dấu"
      />
      <FilterSelect
        name="year"
        label="Năm"
        value={String(values.year)}
        options={years.map((y) => [String(y), `Năm ${y}`])}
      />
      <FilterSelect
        name="category"
        label="Loại thăm hỏi"
        all="Mọi loại"
        value={values.category}
        options={categories.map((c) => [c.id, c.name])}
      />
      {groups.length > 1 ? (
        <FilterSelect
          name="group"
          label="Tổ công đoàn"
          all="Tất cả các tổ"
          value={values.group}
          options={groups.map((g) => [g.id, g.name])}
        />
      ) : (
        <span className="hidden lg:block" />
      )}
      <FilterSelect
        name="state"
        label="Trạng thái"
        all="Mọi trạng thái"
        value={values.state}
        options={VISIT_STATES.map((s) => [s, VISIT_STATE_LABELS[s]])}
      />
    </UrlFilterForm>
  );
}

"use client";
import { useSearchParams } from "next/navigation";
import { FilterSearch, FilterSelect, UrlFilterForm } from "@/components/url-filters";
import { MEETING_STATUS_LABELS, MEETING_TYPE_LABELS } from "@/lib/meetings/labels";

/** Search and filters in the URL, submitted again when a select changes. */
export function MeetingsFilters({
  groups,
  years,
}: {
  groups: { id: string; name: string }[];
  years: number[];
}) {
  const params = useSearchParams();
  const value = (name: string) => params.get(name) ?? "";
  return (
    <UrlFilterForm>
      <FilterSearch
        label="Tìm theo tên cuộc họp hoặc địa điểm"
        value={value("q")}
        placeholder="Tìm theo tên hoặc địa điểm"
      />
      <FilterSelect
        name="year"
        label="Năm"
        all="Mọi năm"
        value={value("year")}
        options={years.map((y) => [String(y), `Năm ${y}`])}
      />
      <FilterSelect
        name="type"
        label="Loại cuộc họp"
        all="Mọi loại"
        value={value("type")}
        options={Object.entries(MEETING_TYPE_LABELS)}
      />
      <FilterSelect
        name="group"
        label="Tổ công đoàn"
        all="Mọi tổ"
        value={value("group")}
        options={groups.map((g) => [g.id, g.name])}
      />
      <FilterSelect
        name="status"
        label="Trạng thái"
        all="Mọi trạng thái"
        value={value("status")}
        options={Object.entries(MEETING_STATUS_LABELS)}
      />
    </UrlFilterForm>
  );
}

import { FilterSearch, FilterSelect, UrlFilterForm } from "@/components/url-filters";
import { TITLE_AWARD_LABELS } from "@/lib/rating/labels";
import type { TitleListParams } from "@/lib/rating/titles/schema";

type Option = { id: string; name: string };

/** Title, tổ, result and a name search, all in the URL (the year rides along as a hidden field). */
export function TitleFilters({
  year,
  p,
  titles,
  groups,
}: {
  year: number;
  p: TitleListParams;
  titles: Option[];
  groups: Option[];
}) {
  return (
    <UrlFilterForm>
      <input type="hidden" name="year" value={year} />
      <FilterSearch label="Tìm theo tên" value={p.q} placeholder="Tên đoàn viên hoặc tổ…" />
      <FilterSelect
        name="title"
        label="Danh hiệu"
        value={p.titleId}
        all="Mọi danh hiệu"
        options={titles.map((t) => [t.id, t.name])}
      />
      <FilterSelect
        name="group"
        label="Tổ công đoàn"
        value={p.groupId}
        all="Mọi tổ"
        options={groups.map((g) => [g.id, g.name])}
      />
      <FilterSelect
        name="result"
        label="Kết quả"
        value={p.result}
        all="Mọi kết quả"
        options={[["none", "Chưa bình xét"], ...Object.entries(TITLE_AWARD_LABELS)]}
      />
    </UrlFilterForm>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { buttonClass } from "@/components/ui/button";
import { YearLinks } from "@/components/year-links";
import { requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { pageYear } from "@/lib/http/params";
import { loadRollup } from "@/lib/org/rollup/load";
import { isSection, ROLLUP_SECTIONS, SECTION_TITLES } from "@/lib/org/rollup/table";
import { RollupNotes, RollupTableView } from "./rollup-table";

export const metadata: Metadata = { title: "Báo cáo tổng hợp" };

const PAGE_SIZE = 50;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrgReportsPage({ searchParams }: Props) {
  const actor = await requirePage("org.rollup.read");
  const sp = await searchParams;
  const str = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string) : "");
  const year = pageYear(str("year"));
  const section = isSection(str("section"))
    ? (str("section") as (typeof ROLLUP_SECTIONS)[number])
    : "members";
  const table = await loadRollup(actor, section, year);
  const pages = Math.max(1, Math.ceil(table.rows.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, Number(str("page")) || 1), pages);
  const slice = table.rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const href = (p: { section?: string; page?: number }) =>
    `/org/reports?${new URLSearchParams({
      year: String(year),
      section: p.section ?? section,
      ...(p.page && p.page > 1 ? { page: String(p.page) } : {}),
    })}`;
  const now = clock.thisYear();
  const years = Array.from({ length: 6 }, (_, i) => now - i);
  return (
    <>
      <PageHeader
        title="Báo cáo tổng hợp"
        subtitle={`${actor.unitName ?? ""}: số liệu tổng hợp của các công đoàn cơ sở trực thuộc, năm ${year}. Không có hồ sơ, tên hay ghi chú của đoàn viên.`}
        actions={
          <>
            <a
              href={`/api/org/reports/${section}/xlsx?year=${year}`}
              className={buttonClass("secondary")}
              download
            >
              Tải Excel
            </a>
            <Link href={`/print/org/reports/${section}?year=${year}`} className={buttonClass("secondary")}>
              Bản in
            </Link>
          </>
        }
      />
      <YearLinks
        className="mb-3"
        years={years}
        year={year}
        href={(y) => `/org/reports?${new URLSearchParams({ year: String(y), section })}`}
      />
      <nav className="mb-3 flex flex-wrap gap-2 text-sm" aria-label="Phần báo cáo">
        {ROLLUP_SECTIONS.map((s) => (
          <Link
            key={s}
            href={href({ section: s })}
            aria-current={s === section ? "page" : undefined}
            className={buttonClass(s === section ? "primary" : "secondary")}
          >
            {SECTION_TITLES[s]}
          </Link>
        ))}
      </nav>
      <h2 className="mb-2 text-base font-semibold text-ink">
        {SECTION_TITLES[section]} – năm {year}
      </h2>
      {table.rows.length === 0 ? (
        <p className="text-sm text-ink-muted">Chưa có công đoàn cơ sở nào trực thuộc.</p>
      ) : (
        <RollupTableView table={table} rows={slice} firstIndex={(page - 1) * PAGE_SIZE} />
      )}
      <Pagination
        page={page}
        pageCount={pages}
        total={table.rows.length}
        hrefFor={(p) => href({ page: p })}
        noun="CĐCS"
      />
      <RollupNotes notes={table.notes} />
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { can, requirePage } from "@/lib/auth/current-user";
import { listFilterGroups } from "@/lib/groups/queries";
import { findMembers } from "@/lib/members/queries";
import { memberListParamsSchema } from "@/lib/members/schema";
import { MembersFilters } from "./members-filters";
import { MembersTable } from "./members-table";

export const metadata: Metadata = { title: "Đoàn viên" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function MembersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePage("members.read.all", "members.read.group");
  const raw = await searchParams;
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const params = memberListParamsSchema.parse(flat);
  const [result, groupFilter] = await Promise.all([
    findMembers(actor, params),
    listFilterGroups(actor, params.group),
  ]);
  const groups = groupFilter.options;

  const query = (over: Record<string, string | number>) => {
    const q = new URLSearchParams();
    const merged = {
      q: params.q,
      group: params.group,
      status: params.status === "current" ? "" : params.status,
      gender: params.gender,
      party: params.party,
      sort: params.sort === "name" ? "" : params.sort,
      page: "",
      ...over,
    };
    for (const [k, v] of Object.entries(merged)) {
      const value = String(v);
      if (value !== "" && !(k === "page" && value === "1") && !(k === "sort" && value === "name"))
        q.set(k, value);
    }
    return q.toString();
  };
  const filtersOnly = query({ page: "" });
  const canWrite = can(actor, "members.write");
  const canExport = can(actor, "members.export");
  const scopeNote = can(actor, "members.read.all")
    ? "Toàn đơn vị"
    : `Tổ của bạn: ${groups.map((g) => g.name).join(", ")}`;

  return (
    <>
      <PageHeader
        title="Đoàn viên"
        subtitle={`${scopeNote} · ${result.total.toLocaleString("vi-VN")} đoàn viên phù hợp`}
        actions={
          <>
            {canExport && (
              <>
                <a href={`/api/members/export?${filtersOnly}`} className={buttonClass("secondary")}>
                  Xuất Excel
                </a>
                <Link href={`/print/members?${filtersOnly}`} className={buttonClass("secondary")}>
                  In danh sách
                </Link>
              </>
            )}
            {can(actor, "members.read.all") && (
              <Link href="/members/applications" className={buttonClass("secondary")}>
                Kết nạp
              </Link>
            )}
            {canExport && (
              <>
                <Link href="/members/cards" className={buttonClass("secondary")}>
                  Thẻ đoàn viên
                </Link>
                <Link href="/members/statistics" className={buttonClass("secondary")}>
                  Thống kê, biến động
                </Link>
              </>
            )}
            {can(actor, "members.import") && (
              <Link href="/members/import" className={buttonClass("secondary")}>
                Nhập từ Excel
              </Link>
            )}
            {canWrite && (
              <Link href="/members/new" className={buttonClass("primary")}>
                + Thêm đoàn viên
              </Link>
            )}
          </>
        }
      />
      <MembersFilters groups={groups} allGroupsListed={groupFilter.complete} />
      {result.rows.length === 0 ? (
        <EmptyState title="Không có đoàn viên nào phù hợp">
          {params.q || params.group || params.gender || params.party || params.status !== "current" ? (
            <Link href="/members" className="text-brand-700 underline">
              Xóa bộ lọc để xem toàn bộ danh sách
            </Link>
          ) : canWrite ? (
            <Link href="/members/new" className="text-brand-700 underline">
              Thêm đoàn viên đầu tiên
            </Link>
          ) : (
            "Danh sách đang trống."
          )}
        </EmptyState>
      ) : (
        <MembersTable
          rows={result.rows}
          sort={params.sort}
          sortHref={(sort) => `/members?${query({ sort, page: "" })}`}
        />
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        total={result.total}
        hrefFor={(page) => `/members?${query({ page })}`}
      />
    </>
  );
}

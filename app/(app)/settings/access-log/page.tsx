import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePage } from "@/lib/auth/current-user";
import { findAccessLog } from "@/lib/settings/access-log/queries";
import { accessLogParamsSchema } from "@/lib/settings/access-log/schema";
import { AccessLogFilters } from "./access-log-filters";
import { AccessLogTable } from "./access-log-table";

export const metadata: Metadata = { title: "Nhật ký truy cập hồ sơ" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AccessLogPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePage("access-log.read");
  const raw = await searchParams;
  const params = accessLogParamsSchema.parse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
  const result = await findAccessLog(actor, params);
  const hrefFor = (page: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ member: params.member, reader: params.reader, kind: params.kind }))
      if (v) q.set(k, v);
    if (page > 1) q.set("page", String(page));
    const s = q.toString();
    return `/settings/access-log${s ? `?${s}` : ""}`;
  };
  const filtered = Boolean(params.member || params.reader || params.kind);

  return (
    <>
      <PageHeader
        title="Nhật ký truy cập hồ sơ"
        subtitle="Ai đã xem hồ sơ đoàn viên nào, khi nào; và ai đã xuất hoặc in danh sách. Nhật ký chỉ được ghi thêm, không sửa hay xóa được (Nghị định 13/2023/NĐ-CP)."
      />
      <AccessLogFilters params={params} />
      {result.items.length === 0 ? (
        <EmptyState
          title={filtered ? "Không có lượt truy cập nào phù hợp" : "Chưa có lượt truy cập nào được ghi"}
        >
          {filtered ? (
            <Link href="/settings/access-log" className="text-brand-700 underline">
              Xóa bộ lọc để xem toàn bộ nhật ký
            </Link>
          ) : (
            "Mỗi lần một người mở hồ sơ của đoàn viên khác, hoặc xuất danh sách, một dòng sẽ xuất hiện ở đây."
          )}
        </EmptyState>
      ) : (
        <AccessLogTable rows={result.items} />
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        total={result.total}
        noun="lượt truy cập"
        hrefFor={hrefFor}
      />
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { formatMoney } from "@/lib/format";
import { listGroupOptions } from "@/lib/groups/queries";
import { findVisits } from "@/lib/welfare/queries";
import { listCategories } from "@/lib/welfare/rates";
import { visitListParamsSchema } from "@/lib/welfare/schema";
import { VisitFilters } from "./visit-filters";
import { VisitsTable } from "./visits-table";

export const metadata: Metadata = { title: "Thăm hỏi" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function WelfarePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePage("welfare.read.all", "welfare.read.group");
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  const params = visitListParamsSchema.parse(raw);
  const [result, categories, groups] = await Promise.all([
    findVisits(actor, params),
    listCategories(actor.unitId),
    listGroupOptions(actor),
  ]);
  const query = (over: Record<string, string | number>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({
      q: params.q,
      year: params.year,
      category: params.category,
      group: params.group,
      state: params.state,
      page: "",
      ...over,
    })) {
      if (v !== "" && !(k === "page" && String(v) === "1")) q.set(k, String(v));
    }
    return q.toString();
  };
  const thisYear = clock.thisYear();
  const years = [
    ...new Set([thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3, params.year]),
  ].sort((a, b) => b - a);
  const p = actor.permissions;
  const filtered = Boolean(params.q || params.category || params.group || params.state);
  const paid = result.rows.reduce((s, r) => s + (r.state === "DONE" ? r.amount : 0), 0);
  const pending = result.rows.reduce(
    (s, r) => s + (r.state === "PROPOSED" || r.state === "APPROVED" ? r.amount : 0),
    0,
  );

  return (
    <>
      <PageHeader
        title="Thăm hỏi, trợ cấp"
        subtitle={`${p.has("welfare.read.all") ? "Toàn đơn vị" : `Tổ của bạn: ${groups.map((g) => g.name).join(", ")}`} · năm ${params.year} · ${result.total.toLocaleString("vi-VN")} lượt phù hợp`}
        actions={
          <>
            {p.has("welfare.export") && (
              <Link href={`/welfare/summary?year=${params.year}`} className={buttonClass("secondary")}>
                Tổng hợp năm
              </Link>
            )}
            {p.has("welfare.export") && (
              <Link href={`/print/welfare?year=${params.year}`} className={buttonClass("secondary")}>
                Sổ theo dõi
              </Link>
            )}
            {p.has("welfare.read.all") && (
              <Link href="/welfare/nominations" className={buttonClass("secondary")}>
                Mái ấm Công đoàn
              </Link>
            )}
            {p.has("welfare.read.all") && (
              <Link href="/welfare/rules" className={buttonClass("secondary")}>
                Quy chế & dự toán
              </Link>
            )}
            {p.has("welfare.propose") && (
              <Link href="/welfare/new" className={buttonClass("primary")}>
                + Đề xuất thăm hỏi
              </Link>
            )}
          </>
        }
      />
      <VisitFilters
        values={params}
        years={years}
        categories={categories.filter((c) => c.kind !== "NOMINATION")}
        groups={groups}
      />
      {result.rows.length === 0 ? (
        <EmptyState title={`Không có lượt thăm hỏi nào phù hợp trong năm ${params.year}`}>
          {filtered ? (
            <Link href={`/welfare?year=${params.year}`} className="text-brand-700 underline">
              Xóa bộ lọc
            </Link>
          ) : p.has("welfare.propose") ? (
            <Link href="/welfare/new" className="text-brand-700 underline">
              Đề xuất lượt thăm hỏi đầu tiên
            </Link>
          ) : (
            "Chọn năm khác để xem."
          )}
        </EmptyState>
      ) : (
        <>
          <VisitsTable rows={result.rows} />
          <p className="mt-2 text-right text-xs text-ink-muted">
            Cộng trang này: đã thăm / đã chi {formatMoney(paid)}
            {pending > 0 && ` · đề xuất, đã duyệt chưa chi ${formatMoney(pending)} (không tính vào sổ)`}
          </p>
        </>
      )}
      <Pagination
        noun="lượt thăm hỏi"
        page={result.page}
        pageCount={result.pageCount}
        total={result.total}
        hrefFor={(page) => `/welfare?${query({ page })}`}
      />
    </>
  );
}

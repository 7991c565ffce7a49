import type { Metadata } from "next";
import Link from "next/link";
import { duesTermsLine } from "@/components/finance/dues-terms-line";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { PaperSubmission } from "@/components/submissions/paper-submission";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSearch, FilterSelect, UrlFilterForm } from "@/components/url-filters";
import { can, requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { monthLabel } from "@/lib/finance/dues/labels";
import { monthViewParamsSchema } from "@/lib/finance/dues/params";
import { duesMonthView, groupCashOnHand, listDuesRemittances } from "@/lib/finance/dues/queries";
import { formatMoney } from "@/lib/format";
import { listGroupOptions } from "@/lib/groups/queries";
import { currentCycleYear } from "@/lib/settings/unit-cycle";
import { LedgerTable } from "./ledger-table";
import { MonthNav } from "./month-nav";
import { TreasurerPanel } from "./treasurer-panel";

export const metadata: Metadata = { title: "Đoàn phí" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function DuesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePage("dues.read.all", "dues.read.group");
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  const today = clock.todayIso();
  const params = monthViewParamsSchema(today.slice(0, 7)).parse(raw);
  const writer = can(actor, "dues.write");
  const [view, groups, onHand, remittances] = await Promise.all([
    duesMonthView(actor, params),
    listGroupOptions(actor),
    writer ? groupCashOnHand(actor) : Promise.resolve([]),
    writer ? listDuesRemittances(actor) : Promise.resolve([]),
  ]);
  const query = (over: Record<string, string | number>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({
      month: params.month,
      q: params.q,
      group: params.group,
      page: "",
      ...over,
    }))
      if (v !== "" && !(k === "page" && String(v) === "1")) q.set(k, String(v));
    return `/finance/dues?${q.toString()}`;
  };
  return (
    <>
      <PageHeader
        title="Đoàn phí"
        subtitle={duesTermsLine(view.terms)}
        actions={
          <>
            {can(actor, "dues.collect.group") && (
              <Link href={`/finance/dues/group?month=${params.month}`} className={buttonClass("secondary")}>
                Thu đoàn phí tại tổ
              </Link>
            )}
            {can(actor, "dues.export") && (
              <Link
                href={`/print/finance/dues/book?year=${params.month.slice(0, 4)}`}
                className={buttonClass("secondary")}
              >
                Sổ thu đoàn phí năm {params.month.slice(0, 4)}
              </Link>
            )}
            {writer && (
              <Link href="/finance/dues/import" className={buttonClass("secondary")}>
                Nhập danh sách trích lương
              </Link>
            )}
          </>
        }
      />
      <PaperSubmission
        actor={actor}
        kind="DUES_SHARE"
        year={await currentCycleYear(actor.unitId, `${params.month}-01`)}
      />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <MonthNav month={params.month} hrefFor={(m) => query({ month: m })} />
        <p className="text-sm" data-testid="dues-paid-total">
          Đã thu tháng {monthLabel(params.month)}:{" "}
          <strong className="tabular-nums">{formatMoney(view.paidTotal)}</strong>
        </p>
      </div>
      <UrlFilterForm>
        <input type="hidden" name="month" value={params.month} />
        <FilterSearch label="Tìm đoàn viên" value={params.q} placeholder="Họ tên hoặc số thẻ" />
        <FilterSelect
          name="group"
          label="Tổ công đoàn"
          value={params.group}
          options={groups.map((g) => [g.id, g.name])}
          all="Mọi tổ"
        />
      </UrlFilterForm>
      {view.rows.length ? (
        <LedgerTable rows={view.rows} month={params.month} />
      ) : (
        <EmptyState title="Không có đoàn viên nào phù hợp">
          Thử bỏ bớt điều kiện tìm kiếm hoặc chọn tháng khác.
        </EmptyState>
      )}
      <Pagination
        page={params.page}
        pageCount={view.pageCount}
        total={view.total}
        hrefFor={(p) => query({ page: p })}
      />
      {writer && (
        <TreasurerPanel
          onHand={onHand}
          remittances={remittances.map((r) => ({
            ...r,
            fromMonth: r.fromMonth.toISOString().slice(0, 7),
            toMonth: r.toMonth.toISOString().slice(0, 7),
            paidOn: r.paidOn.toISOString().slice(0, 10),
          }))}
          today={today}
          month={params.month}
        />
      )}
    </>
  );
}

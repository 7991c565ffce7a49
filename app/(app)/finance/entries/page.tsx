import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can, requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { ENTRY_PAGE_SIZE, fundCategoryOptions, listEntries } from "@/lib/finance/fund/queries";
import { ACCOUNT_LABELS, DIRECTION_LABELS, type Direction } from "@/lib/finance/labels";
import { formatDate, formatMoney } from "@/lib/format";
import { pageYear } from "@/lib/http/params";
import { CorrectDialog, EntryDialog } from "../fund-dialogs";

export const metadata: Metadata = { title: "Phiếu thu, chi" };

const SOURCE_LABELS: Record<string, string> = {
  welfare_visit: "Từ thăm hỏi",
  dues_collection: "Từ sổ đoàn phí",
  dues_remittance: "Từ sổ đoàn phí",
};

export default async function FundEntriesPage({
  searchParams,
}: {
  searchParams: Promise<{ year?: string; direction?: string; page?: string }>;
}) {
  const actor = await requirePage("finance.read.all");
  const sp = await searchParams;
  const year = pageYear(sp.year);
  const direction = sp.direction === "IN" || sp.direction === "OUT" ? (sp.direction as Direction) : undefined;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(sp.page ?? "1", 10) || 1));
  const [{ rows, total }, categories] = await Promise.all([
    listEntries(actor.unitId, year, { direction, page }),
    fundCategoryOptions(actor.unitId),
  ]);
  const writer = can(actor, "finance.write");
  const today = formatDate(clock.today());
  const href = (p: { direction?: string; page?: number }) =>
    `/finance/entries?year=${year}${p.direction ? `&direction=${p.direction}` : ""}${p.page && p.page > 1 ? `&page=${p.page}` : ""}`;
  return (
    <>
      <PageHeader
        title={`Phiếu thu, chi năm ${year}`}
        subtitle="Không sửa, không xóa: phiếu sai được điều chỉnh bằng một phiếu ghi âm, phiếu gốc vẫn còn."
        actions={
          <>
            <Link href={`/finance?year=${year}`} className={buttonClass("secondary")}>
              ← Tài chính
            </Link>
            {writer && <EntryDialog categories={categories} today={today} />}
          </>
        }
      />
      <nav className="mb-3 flex flex-wrap gap-2 text-sm" aria-label="Lọc thu / chi">
        {[undefined, "IN", "OUT"].map((d) => (
          <Link
            key={d ?? "all"}
            href={href({ direction: d })}
            aria-current={d === direction ? "page" : undefined}
            className={buttonClass(d === direction ? "primary" : "secondary")}
          >
            {d ? DIRECTION_LABELS[d as Direction] : "Tất cả"}
          </Link>
        ))}
      </nav>
      <Card>
        {rows.length === 0 ? (
          <p className="text-sm text-ink-muted">Chưa có phiếu nào.</p>
        ) : (
          <ul className="divide-y divide-surface-line" data-testid="fund-entries">
            {rows.map((e) => (
              <li
                key={e.id}
                className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between"
              >
                <div className="min-w-0 flex-1">
                  <div className="flex flex-wrap items-center gap-2 text-sm">
                    <span className="font-medium">
                      {e.voucherNo}/{e.voucherYear}
                    </span>
                    <span className="text-ink-muted">{formatDate(e.date)}</span>
                    <Badge tone={e.direction === "IN" ? "green" : "amber"}>
                      {DIRECTION_LABELS[e.direction]}
                    </Badge>
                    <span className="text-ink-muted">{ACCOUNT_LABELS[e.account]}</span>
                    {e.sourceKind && <Badge>{SOURCE_LABELS[e.sourceKind] ?? e.sourceKind}</Badge>}
                    {e.reversal && (
                      <Badge tone="red">
                        Đã điều chỉnh bởi {e.reversal.voucherNo}/{e.reversal.voucherYear}
                      </Badge>
                    )}
                  </div>
                  <div className="mt-1 text-sm">
                    <span className="text-ink-muted">{e.category.name}: </span>
                    {e.description}
                  </div>
                </div>
                <div className="flex flex-wrap items-center gap-2">
                  <span className={`font-semibold tabular-nums ${e.amount < 0 ? "text-red-700" : ""}`}>
                    {formatMoney(e.amount)}
                  </span>
                  <Link href={`/print/finance/voucher/${e.id}`} className={buttonClass("secondary")}>
                    In phiếu
                  </Link>
                  {writer && !e.sourceKind && !e.reversal && !e.reversesId && (
                    <CorrectDialog id={e.id} voucher={`${e.voucherNo}/${e.voucherYear}`} today={today} />
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={page}
          pageCount={Math.max(1, Math.ceil(total / ENTRY_PAGE_SIZE))}
          total={total}
          hrefFor={(p) => href({ direction, page: p })}
          noun="phiếu"
        />
      </Card>
    </>
  );
}

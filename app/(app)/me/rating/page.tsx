import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { Badge } from "@/components/ui/badge";
import { Card, DetailList } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePage } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format";
import { pageYear } from "@/lib/http/params";
import { NOT_RATED } from "@/lib/rating/labels";
import { findOwnRatings, findPublishedList } from "@/lib/rating/me/queries";
import { cycleYearHeading, cycleYearLabel, type Cycle } from "@/lib/settings/cycle";
import { cycleOfYear } from "@/lib/settings/unit-cycle";

export const metadata: Metadata = { title: "Kết quả xếp loại của tôi" };

type Props = { searchParams: Promise<{ list?: string; page?: string }> };

export default async function MyRatingPage({ searchParams }: Props) {
  const actor = await requirePage("rating.read.own");
  const sp = await searchParams;
  const own = await findOwnRatings(actor);
  const listYear = sp.list ? pageYear(sp.list) : null;
  const list = listYear ? await findPublishedList(actor, listYear, Number(sp.page) || 1) : null;
  // Each year is labelled by the cycle it was kept under (a handful of years; the reads are cached).
  const years = [...new Set([...own.map((o) => o.year), ...(listYear ? [listYear] : [])])];
  const cycles = new Map<number, Cycle>(
    await Promise.all(years.map(async (y) => [y, await cycleOfYear(actor.unitId, y)] as const)),
  );
  const label = (y: number) => cycleYearLabel(y, cycles.get(y)!);
  return (
    <>
      <PageHeader
        title="Kết quả đánh giá, xếp loại của tôi"
        subtitle="Mức xếp loại hiện ở đây sau khi Ban Chấp hành chốt và công bố."
      />
      {own.length === 0 ? (
        <EmptyState title="Chưa có kỳ đánh giá, xếp loại nào">
          Khi Ban Chấp hành mở đánh giá, xếp loại, hãy nộp bản tự đánh giá ở mục Thi đua.
        </EmptyState>
      ) : (
        <div className="grid max-w-3xl gap-4">
          {own.map((o) => (
            <Card
              key={o.year}
              title={cycleYearHeading(o.year, cycles.get(o.year)!)}
              actions={
                o.published ? (
                  <Badge tone="green">Đã công bố {formatDate(o.publishedAt)}</Badge>
                ) : (
                  <Badge tone="gray">Chưa công bố</Badge>
                )
              }
            >
              {o.published ? (
                <>
                  <DetailList
                    items={[
                      [
                        "Mức xếp loại cuối cùng",
                        <strong key="f" data-testid="own-level">
                          {o.excludedReason
                            ? `${NOT_RATED} (${o.excludedReason})`
                            : (o.finalLevel ?? NOT_RATED)}
                        </strong>,
                      ],
                      ["Tổ đề xuất", o.proposedLevel],
                      ["Bạn tự xếp loại", o.selfLevel ? `${o.selfLevel} (${o.selfPoints} điểm)` : null],
                    ]}
                  />
                  {o.listPublished && (
                    <a
                      href={`/me/rating?list=${o.year}`}
                      className="mt-3 inline-block text-sm font-medium text-brand-700 underline"
                    >
                      Xem danh sách kết quả của đơn vị {label(o.year)} →
                    </a>
                  )}
                </>
              ) : (
                <p className="text-sm text-ink-muted" data-testid="not-published">
                  Chưa công bố. Kết quả sẽ hiện ở đây khi Ban Chấp hành công bố.
                </p>
              )}
            </Card>
          ))}
        </div>
      )}
      {listYear && (
        <section className="mt-6 max-w-3xl">
          <h2 className="mb-2 text-base font-semibold text-ink">
            Danh sách kết quả xếp loại {label(listYear)}
          </h2>
          {!list ? (
            <EmptyState title={`Đơn vị không công bố danh sách ${label(listYear)}`}>
              Bạn chỉ xem được mức xếp loại của mình.
            </EmptyState>
          ) : (
            <>
              <div className="overflow-x-auto rounded-card border border-surface-line bg-white">
                <table className="w-full text-sm" data-testid="published-list">
                  <thead className="bg-surface-sunken text-ink-muted">
                    <tr>
                      <th className="px-3 py-2 text-left font-medium">Họ tên</th>
                      <th className="px-3 py-2 text-left font-medium">Tổ</th>
                      <th className="px-3 py-2 text-left font-medium">Mức xếp loại</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-surface-line">
                    {list.rows.map((r) => (
                      <tr key={r.id}>
                        <td className="px-3 py-2">{r.fullName}</td>
                        <td className="px-3 py-2 text-ink-muted">{r.groupName}</td>
                        <td className="px-3 py-2">{r.level ?? NOT_RATED}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pagination
                page={list.page}
                pageCount={list.pageCount}
                total={list.total}
                hrefFor={(p) => `/me/rating?list=${listYear}&page=${p}`}
              />
            </>
          )}
        </section>
      )}
    </>
  );
}

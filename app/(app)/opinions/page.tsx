import type { Metadata } from "next";
import Link from "next/link";
import { ListPager } from "@/components/meetings/list-pager";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { can, requirePage } from "@/lib/auth/current-user";
import { formatDate, formatDateTime } from "@/lib/format";
import { findOpinionInbox } from "@/lib/opinions/queries";
import { OPINION_STATUS_LABELS, OPINION_STATUS_TONES, opinionListParamsSchema } from "@/lib/opinions/schema";
import { OpinionActions } from "./answer-dialog";

export const metadata: Metadata = { title: "Ý kiến đoàn viên" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function OpinionsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePage("opinions.read.all");
  const flat = Object.fromEntries(
    Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  const params = opinionListParamsSchema.parse(flat);
  const inbox = (await findOpinionInbox(actor, params))!;
  const canAnswer = can(actor, "opinions.answer");
  const tab = (status: string, label: string, count?: number) => (
    <Link
      key={status}
      href={status ? `/opinions?status=${status}` : "/opinions"}
      aria-current={params.status === status ? "page" : undefined}
      className={`rounded-full px-3 py-1.5 text-sm ${params.status === status ? "bg-brand-600 text-white" : "bg-white text-ink ring-1 ring-surface-line"}`}
    >
      {label}
      {count !== undefined && ` (${count})`}
    </Link>
  );
  return (
    <>
      <PageHeader
        title="Tâm tư, nguyện vọng"
        subtitle="Ý kiến đoàn viên gửi từ “Của tôi” hoặc nêu trong cuộc họp. Ý kiến ẩn danh không hiện tên người gửi."
      />
      <nav aria-label="Lọc theo trạng thái" className="mb-4 flex flex-wrap gap-2">
        {tab("", "Tất cả")}
        {(["NEW", "IN_PROGRESS", "ANSWERED"] as const).map((s) =>
          tab(s, OPINION_STATUS_LABELS[s], inbox.counts[s]),
        )}
      </nav>
      {inbox.rows.length === 0 ? (
        <EmptyState title="Không có ý kiến nào ở mục này">
          Khi đoàn viên gửi ý kiến, ý kiến sẽ hiện ở đây để Ban Chấp hành theo dõi và trả lời.
        </EmptyState>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="opinion-inbox">
          {inbox.rows.map((o) => (
            <li
              key={o.id}
              className="rounded-card border border-surface-line bg-white p-4"
              data-testid="opinion"
            >
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <p className="font-medium text-ink">{o.topic}</p>
                  <p className="text-xs text-ink-muted">
                    {o.authorName
                      ? `${o.authorName}${o.authorGroup ? ` · ${o.authorGroup}` : ""}`
                      : "Ẩn danh"}{" "}
                    · <span data-testid="opinion-sent-on">{formatDate(o.sentOn)}</span>
                    {o.meeting && (
                      <>
                        {" "}
                        · nêu tại{" "}
                        <Link className="underline" href={`/meetings/${o.meeting.id}`}>
                          {o.meeting.title}
                        </Link>
                      </>
                    )}
                  </p>
                </div>
                <Badge tone={OPINION_STATUS_TONES[o.status]}>{OPINION_STATUS_LABELS[o.status]}</Badge>
              </div>
              <p className="mt-2 whitespace-pre-line text-sm">{o.body}</p>
              {o.answer && (
                <div className="mt-3 rounded-lg bg-surface-sunken p-3 text-sm">
                  <p className="text-xs text-ink-muted">
                    Trả lời · {o.answeredByName} · {formatDateTime(o.answeredAt)}
                  </p>
                  <p className="whitespace-pre-line">{o.answer}</p>
                </div>
              )}
              {canAnswer && (
                <div className="mt-3">
                  <OpinionActions opinionId={o.id} topic={o.topic} status={o.status} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <ListPager
        page={inbox.page}
        pageCount={inbox.pageCount}
        total={inbox.total}
        noun="ý kiến"
        hrefFor={(page) =>
          `/opinions?${new URLSearchParams({ ...(params.status ? { status: params.status } : {}), page: String(page) })}`
        }
      />
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePage } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format";
import { listNotifications, NOTIFICATIONS_PAGE_SIZE } from "@/lib/notifications/queries";
import { MarkAllReadButton, OpenNotificationButton } from "./notification-actions";

export const metadata: Metadata = { title: "Thông báo" };

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string }>;
}) {
  const actor = await requirePage("notifications.own");
  const raw = Number((await searchParams).page ?? 1);
  const page = Number.isInteger(raw) && raw > 0 ? raw : 1;
  const { rows, total } = await listNotifications(actor, page);
  const unread = rows.some((n) => !n.readAt);
  return (
    <>
      <PageHeader
        title="Thông báo"
        subtitle="Việc cần làm và tin về hồ sơ của bạn. Chọn cách nhận thông báo trong phần cài đặt."
        actions={
          <>
            {unread && <MarkAllReadButton />}
            <Link href="/notifications/settings" className={buttonClass("secondary")}>
              Cài đặt thông báo
            </Link>
          </>
        }
      />
      <Card>
        {rows.length === 0 ? (
          <EmptyState title="Chưa có thông báo nào">
            Khi có việc cần bạn (bản đăng ký bị trả lại, ý kiến được trả lời, biên bản chờ ký…), thông báo sẽ
            hiện ở đây.
          </EmptyState>
        ) : (
          <ul className="flex flex-col" data-testid="notifications">
            {rows.map((n) => (
              <li
                key={n.id}
                data-testid="notification"
                data-unread={!n.readAt}
                className="flex flex-col gap-2 border-b border-surface-line py-3 last:border-0 sm:flex-row sm:items-start sm:justify-between"
              >
                <div className="min-w-0">
                  <p className={n.readAt ? "text-ink" : "font-semibold text-ink"}>
                    {!n.readAt && <span className="sr-only">Chưa đọc: </span>}
                    {!n.readAt && (
                      <span aria-hidden className="mr-2 inline-block h-2 w-2 rounded-full bg-brand-600" />
                    )}
                    {n.title}
                  </p>
                  <p className="mt-0.5 text-sm text-ink">{n.body}</p>
                  <p className="mt-0.5 text-xs text-ink-muted">{formatDateTime(n.createdAt)}</p>
                </div>
                <OpenNotificationButton id={n.id} link={n.link} />
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Pagination
        page={page}
        pageCount={Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE))}
        total={total}
        noun="thông báo"
        hrefFor={(p) => `/notifications?page=${p}`}
      />
    </>
  );
}

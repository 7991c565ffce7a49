import Link from "next/link";
import { countUnread } from "@/lib/notifications/queries";

/**
 * The header's link to /notifications with the unread count: `unread` when the caller already has
 * it (the actor's one query, lib/auth/current-user.ts), else one indexed COUNT.
 */
export async function NotificationBell({ userId, unread: known }: { userId: string; unread?: number }) {
  const unread = known ?? (await countUnread({ userId }));
  const label = unread ? `Thông báo: ${unread} chưa đọc` : "Thông báo";
  return (
    <Link
      href="/notifications"
      aria-label={label}
      title={label}
      data-testid="notification-bell"
      className="relative ml-auto flex h-10 w-10 shrink-0 items-center justify-center rounded-full text-ink hover:bg-surface-sunken"
    >
      <svg
        aria-hidden
        viewBox="0 0 24 24"
        className="h-5 w-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <span
          data-testid="unread-count"
          className="absolute -right-0.5 -top-0.5 min-w-5 rounded-full bg-brand-600 px-1 text-center text-xs font-semibold leading-5 text-white"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}

import Link from "next/link";
import { redirect } from "next/navigation";
import { NAV_ITEMS } from "@/components/shell/nav-items";
import { NavLinks } from "@/components/shell/nav-links";
import { NotificationBell } from "@/components/shell/notification-bell";
import { UserMenu } from "@/components/shell/user-menu";
import { can, getActor } from "@/lib/auth/current-user";
import { ROLES } from "@/lib/permissions";
import { ROLE_LABELS } from "@/lib/roles";
import { getUnit } from "@/lib/settings/queries";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect("/login");
  // The actor's one query already read the unit's name and the unread count (lib/auth/current-user.ts).
  const unitName = actor.unitName ?? (await getUnit(actor.unitId)).name;
  const items = NAV_ITEMS.filter(
    (i) =>
      (!i.anyOf || i.anyOf.some((p) => can(actor, p))) &&
      !i.unless?.some((p) => can(actor, p)) &&
      (!i.needsMember || actor.memberId),
  ).map(({ href, label }) => ({ href, label }));
  // The highest role names the user in the header.
  const topRole = ROLES.find((r) => actor.roles.includes(r)) ?? "member";

  return (
    <div className="min-h-dvh">
      {/* The first tab stop: past the header and its navigation, straight to the page. */}
      <a
        href="#main"
        className="sr-only z-50 rounded-lg bg-white px-4 py-2 text-sm font-medium text-ink shadow-lg focus:not-sr-only focus:fixed focus:left-3 focus:top-3"
      >
        Bỏ qua đến nội dung chính
      </a>
      <header className="sticky top-0 z-10 border-b border-surface-line bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 pt-2">
          <Link href="/" className="flex min-w-0 items-center gap-2">
            <span className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-brand-600 text-xs font-bold text-white">
              CĐ
            </span>
            <span className="min-w-0">
              <span className="block truncate text-sm font-semibold text-ink">{unitName}</span>
              <span className="block truncate text-xs text-ink-muted">Sổ Công đoàn</span>
            </span>
          </Link>
          {/* A cấp trên's account has no notifications of its own (no notifications.own). */}
          {can(actor, "notifications.own") && (
            <NotificationBell userId={actor.userId} unread={actor.unreadNotifications} />
          )}
          <UserMenu name={actor.fullName} roleLabel={ROLE_LABELS[topRole]} />
        </div>
        <div className="mx-auto max-w-6xl px-2 sm:px-4">
          <NavLinks items={items} />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        {children}
      </main>
    </div>
  );
}

import Link from "next/link";
import { logout } from "@/lib/auth/actions";

export function UserMenu({ name, roleLabel }: { name: string; roleLabel: string }) {
  return (
    <details className="relative">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-lg px-2 py-1.5 text-sm hover:bg-surface-sunken">
        <span className="flex h-8 w-8 items-center justify-center rounded-full bg-brand-100 font-semibold text-brand-800">
          {name.split(" ").pop()?.charAt(0)}
        </span>
        <span className="hidden text-left sm:block">
          <span className="block font-medium text-ink" data-testid="current-user">
            {name}
          </span>
          <span className="block text-xs text-ink-muted">{roleLabel}</span>
        </span>
      </summary>
      <div className="absolute right-0 z-20 mt-1 w-56 rounded-lg border border-surface-line bg-white p-1 shadow-lg">
        <p className="px-3 py-2 text-xs text-ink-muted sm:hidden">
          {name} · {roleLabel}
        </p>
        <Link href="/me/password" className="block rounded-md px-3 py-2 text-sm hover:bg-surface-sunken">
          Đổi mật khẩu
        </Link>
        <form action={logout}>
          <button
            type="submit"
            className="block w-full rounded-md px-3 py-2 text-left text-sm hover:bg-surface-sunken"
          >
            Đăng xuất
          </button>
        </form>
      </div>
    </details>
  );
}

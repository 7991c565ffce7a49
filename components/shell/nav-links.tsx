"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { cn } from "@/components/ui/cn";

type Item = { href: string; label: string };

const isActive = (path: string, href: string) => path === href || path.startsWith(`${href}/`);
/** The section of the page: the longest link that contains it (/org/reports is not /org). */
const currentItem = (items: Item[], path: string) =>
  items.filter((i) => isActive(path, i.href)).sort((a, b) => b.href.length - a.href.length)[0];

/**
 * The main navigation. On a wide screen, a row of tabs. On a phone, a tablet or a narrow window (below 1280 px), the row
 * would be cut ("an", "NI"): it becomes a "Mục" button naming the current section that opens
 * every section as a list, none cut.
 */
export function NavLinks({ items }: { items: Item[] }) {
  const path = usePathname();
  // The menu is open on the page it was opened on: following a link closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === path;
  const current = currentItem(items, path);

  return (
    <>
      <nav aria-label="Điều hướng chính" className="hidden xl:block">
        <ul className="-mb-px flex flex-wrap gap-x-0.5 2xl:gap-x-1">
          {items.map((item) => (
            <li key={item.href}>
              <NavLink
                item={item}
                active={item === current}
                className="border-b-2 px-2 py-2.5 2xl:px-3"
              />
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label="Điều hướng chính" className="pb-2 xl:hidden">
        <button
          type="button"
          aria-expanded={open}
          aria-controls="nav-menu"
          onClick={() => setOpenOn(open ? null : path)}
          onKeyDown={(e) => e.key === "Escape" && setOpenOn(null)}
          className="flex min-h-10 w-full items-center justify-between gap-2 rounded-lg border border-surface-line bg-white px-3 text-left text-sm font-medium text-ink"
        >
          <span className="flex min-w-0 items-center gap-2">
            <MenuIcon />
            <span className="truncate">
              <span className="text-ink-muted">Mục: </span>
              {current?.label ?? "Chọn mục"}
            </span>
          </span>
          <span aria-hidden className={cn("text-ink-muted transition-transform", open && "rotate-180")}>
            ▾
          </span>
        </button>
        {open && (
          <ul
            id="nav-menu"
            className="mt-1 grid grid-cols-2 gap-1 rounded-lg border border-surface-line bg-white p-1 shadow-lg sm:grid-cols-3"
          >
            {items.map((item) => (
              <li key={item.href}>
                <NavLink
                  item={item}
                  active={item === current}
                  className="block rounded-md border-l-4 px-3 py-2.5"
                />
              </li>
            ))}
          </ul>
        )}
      </nav>
    </>
  );
}

function NavLink({ item, active, className }: { item: Item; active: boolean; className: string }) {
  return (
    <Link
      href={item.href}
      aria-current={active ? "page" : undefined}
      className={cn(
        "block whitespace-nowrap text-sm font-medium",
        className,
        active
          ? "border-brand-600 bg-brand-50/60 text-brand-700 xl:bg-transparent"
          : "border-transparent text-ink-muted hover:text-ink",
      )}
    >
      {item.label}
    </Link>
  );
}

function MenuIcon() {
  return (
    <svg aria-hidden viewBox="0 0 20 20" className="h-4 w-4 shrink-0 fill-current text-ink-muted">
      <rect x="3" y="4" width="14" height="2" rx="1" />
      <rect x="3" y="9" width="14" height="2" rx="1" />
      <rect x="3" y="14" width="14" height="2" rx="1" />
    </svg>
  );
}

import Link from "next/link";
import { CARD_TABLE, CARD_TABLE_BODY, CARD_TABLE_BOX, CARD_TABLE_CELL } from "@/components/ui/card-table";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDate, yearOf } from "@/lib/format";
import { GENDER_LABELS } from "@/lib/members/labels";
import type { findMembers } from "@/lib/members/queries";

type Rows = Awaited<ReturnType<typeof findMembers>>["rows"];
type SortKey = "name" | "dob" | "card" | "joined";

// Each member is drawn once (components/ui/card-table.ts): a table on a desktop; on a phone each row
// is a card (name and status, then tổ · giới tính · năm sinh, then số thẻ) and the header row a bar of
// sort links. A column the card does not show stays for screen readers (sr-only), so that every row
// keeps one cell per column header.
const HEAD = `${CARD_TABLE_CELL} md:text-left md:font-medium`;
const CELL = CARD_TABLE_CELL;
/** Below md, each row is a wrapping line of cells; its ::after breaks the line after name and status. */
const ROWS =
  "max-md:*:flex max-md:*:flex-wrap max-md:*:items-start max-md:*:text-ink-muted max-md:*:after:order-2 max-md:*:after:h-1 max-md:*:after:basis-full max-md:*:after:content-[''] max-md:*:active:bg-surface-sunken md:*:hover:bg-surface-sunken/60";
/** A "·" before the cell on a phone, where tổ, giới tính and năm sinh share one line; its alt text
 * ('') keeps it out of what a screen reader reads. */
const DOT = "max-md:before:mx-1 max-md:before:content-['·'_/_'']";

function SortHeader({
  label,
  col,
  sort,
  hrefFor,
  lead,
}: {
  lead?: string;
  label: string;
  col: SortKey;
  sort: string;
  hrefFor: (sort: string) => string;
}) {
  const active = sort.replace("-", "") === col;
  const desc = sort.startsWith("-");
  const next = active && !desc ? `-${col}` : col;
  return (
    <th
      role="columnheader"
      scope="col"
      className={`${HEAD} max-md:font-normal`}
      aria-sort={active ? (desc ? "descending" : "ascending") : "none"}
    >
      {lead && (
        <span aria-hidden className="mr-2 md:hidden">
          {lead}
        </span>
      )}
      <Link
        href={hrefFor(next)}
        className={`inline-flex items-center gap-1 hover:text-ink max-md:min-h-8 ${active ? "max-md:font-medium max-md:text-ink" : ""}`}
      >
        {label}
        <span aria-hidden className={active ? "text-brand-600" : "text-ink-faint"}>
          {active ? (desc ? "↓" : "↑") : "↕"}
        </span>
      </Link>
    </th>
  );
}

/** A header a phone does not show (its card has no column): still a header for screen readers. */
function PlainHeader({ label }: { label: string }) {
  return (
    <th role="columnheader" scope="col" className={`${HEAD} max-md:sr-only`}>
      {label}
    </th>
  );
}

export function MembersTable({
  rows,
  sort,
  sortHref,
}: {
  rows: Rows;
  sort: string;
  sortHref: (sort: string) => string;
}) {
  return (
    <div className={CARD_TABLE_BOX}>
      <table role="table" className={CARD_TABLE}>
        <thead
          role="rowgroup"
          className="text-ink-muted max-md:mb-2 max-md:block md:border-b md:border-surface-line md:bg-surface-sunken"
        >
          <tr role="row" className="max-md:flex max-md:flex-wrap max-md:items-center max-md:gap-x-3">
            <SortHeader lead="Sắp xếp:" label="Họ và tên" col="name" sort={sort} hrefFor={sortHref} />
            <PlainHeader label="Giới tính" />
            <SortHeader label="Năm sinh" col="dob" sort={sort} hrefFor={sortHref} />
            <SortHeader label="Số thẻ" col="card" sort={sort} hrefFor={sortHref} />
            <PlainHeader label="Tổ công đoàn" />
            <SortHeader label="Ngày vào CĐ" col="joined" sort={sort} hrefFor={sortHref} />
            <PlainHeader label="Trạng thái" />
          </tr>
        </thead>
        <tbody role="rowgroup" className={`${CARD_TABLE_BODY} ${ROWS}`}>
          {rows.map((m) => (
            <tr key={m.id} role="row">
              <td role="cell" className={`${CELL} max-md:min-w-0 max-md:flex-1 max-md:text-base`}>
                {/* On a phone the whole card opens the member, as the card link did. */}
                <Link
                  href={`/members/${m.id}`}
                  className="font-medium text-ink hover:text-brand-700 hover:underline max-md:after:absolute max-md:after:inset-0"
                >
                  {m.fullName}
                </Link>
                {m.jobTitle && <div className="text-xs text-ink-muted max-md:hidden">{m.jobTitle}</div>}
              </td>
              <td role="cell" className={`${CELL} max-md:order-4 ${DOT}`}>
                {GENDER_LABELS[m.gender]}
              </td>
              <td role="cell" className={`${CELL} tabular-nums max-md:order-5 ${DOT}`}>
                {yearOf(m.dateOfBirth)}
              </td>
              <td
                role="cell"
                className={`${CELL} tabular-nums max-md:order-6 max-md:basis-full max-md:text-xs max-md:text-ink-faint max-md:empty:hidden`}
              >
                {m.cardNumber && <span className="md:hidden">Số thẻ </span>}
                {m.cardNumber}
              </td>
              <td role="cell" className={`${CELL} max-md:order-3`}>
                {m.group.name}
              </td>
              <td role="cell" className={`${CELL} tabular-nums max-md:sr-only`}>
                {formatDate(m.joinedUnionOn)}
              </td>
              <td role="cell" className={`${CELL} max-md:order-1 max-md:ml-2`}>
                <StatusBadge status={m.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

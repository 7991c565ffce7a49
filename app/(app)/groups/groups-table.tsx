import Link from "next/link";
import { CARD_TABLE, CARD_TABLE_BODY, CARD_TABLE_BOX, CARD_TABLE_CELL } from "@/components/ui/card-table";
import type { GroupRow } from "@/lib/groups/queries";
import { GroupArchiveButton } from "./group-archive-button";
import { GroupNameDialog } from "./group-name-dialog";

type Officer = { id: string; fullName: string };

function Names({ people, href }: { people: Officer[]; href?: (id: string) => string }) {
  if (!people.length) return <span className="text-ink-faint">Chưa có</span>;
  return (
    <>
      {people.map((p, i) => (
        <span key={p.id}>
          {i > 0 && ", "}
          {href ? (
            <Link href={href(p.id)} className="hover:text-brand-700 hover:underline">
              {p.fullName}
            </Link>
          ) : (
            p.fullName
          )}
        </span>
      ))}
    </>
  );
}

function GroupName({ row }: { row: GroupRow }) {
  if (!row.canOpen) return <span className="font-medium text-ink">{row.name}</span>;
  return (
    <Link
      href={`/groups/${row.id}`}
      className="font-medium text-ink underline decoration-surface-line underline-offset-4 hover:text-brand-700 hover:decoration-brand-500"
    >
      {row.name}
    </Link>
  );
}

/** The tổ's member count, a link to the member list filtered by the tổ for those who may read it;
 * "N đoàn viên" on a phone, where there is no column header. */
function Count({ row, linked }: { row: GroupRow; linked: boolean }) {
  const text = (
    <>
      {row.memberCount}
      <span className="md:hidden"> đoàn viên</span>
    </>
  );
  if (!linked) return text;
  return (
    <Link
      href={`/members?group=${row.id}`}
      title="Xem đoàn viên của tổ"
      className="text-brand-700 hover:underline"
    >
      {text}
    </Link>
  );
}

/** A cell's label on a phone, where the header row is for screen readers only (they hear it there). */
function PhoneLabel({ children }: { children: string }) {
  return (
    <span aria-hidden className="text-ink-muted md:hidden">
      {children}
    </span>
  );
}

const HEAD = "px-3 py-2 font-medium";
const CELL = CARD_TABLE_CELL;
/** Below md, each row is a card on a grid: name and count, then a labelled line per officer kind. */
const ROWS = "max-md:*:grid max-md:*:grid-cols-[5.5rem_1fr_auto] max-md:*:gap-x-2";

/**
 * The tổ list, each tổ drawn once (components/ui/card-table.ts): a table on a desktop, a card per tổ
 * on a phone. The row actions get only the id, name and member count they use.
 */
export function GroupsTable({
  rows,
  canWrite,
  memberHref,
}: {
  rows: GroupRow[];
  canWrite: boolean;
  memberHref?: (id: string) => string;
}) {
  return (
    <div className={CARD_TABLE_BOX}>
      <table role="table" className={CARD_TABLE}>
        <thead
          role="rowgroup"
          className="border-b border-surface-line bg-surface-sunken text-ink-muted max-md:sr-only"
        >
          <tr role="row">
            <th role="columnheader" scope="col" className={`${HEAD} text-left`}>
              Tổ công đoàn
            </th>
            <th role="columnheader" scope="col" className={`${HEAD} text-right`}>
              Số đoàn viên
            </th>
            <th role="columnheader" scope="col" className={`${HEAD} text-left`}>
              Tổ trưởng
            </th>
            <th role="columnheader" scope="col" className={`${HEAD} text-left`}>
              Tổ phó
            </th>
            {canWrite && (
              <th role="columnheader" scope="col" className="px-3 py-2">
                <span className="sr-only">Thao tác</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody role="rowgroup" className={`${CARD_TABLE_BODY} ${ROWS}`}>
          {rows.map((row) => (
            <tr key={row.id} role="row" data-testid="group-row">
              <td role="cell" className={`${CELL} max-md:col-span-2 max-md:text-base`}>
                <GroupName row={row} />
              </td>
              <td
                role="cell"
                className={`${CELL} text-right tabular-nums max-md:whitespace-nowrap max-md:text-ink-muted`}
              >
                <Count row={row} linked={!!memberHref} />
              </td>
              <td
                role="cell"
                className={`${CELL} max-md:col-span-3 max-md:mt-1 max-md:grid max-md:grid-cols-subgrid`}
              >
                <PhoneLabel>Tổ trưởng</PhoneLabel>
                <span className="max-md:col-span-2">
                  <Names people={row.leaders} href={memberHref} />
                </span>
              </td>
              <td role="cell" className={`${CELL} max-md:col-span-3 max-md:grid max-md:grid-cols-subgrid`}>
                <PhoneLabel>Tổ phó</PhoneLabel>
                <span className="max-md:col-span-2">
                  <Names people={row.deputies} href={memberHref} />
                </span>
              </td>
              {canWrite && (
                <td
                  role="cell"
                  className="px-3 py-1 max-md:col-span-3 max-md:mt-2 max-md:border-t max-md:border-surface-line max-md:px-0 max-md:pb-0"
                >
                  <div className="flex flex-wrap justify-end gap-1">
                    <GroupNameDialog group={{ id: row.id, name: row.name }} />
                    <GroupArchiveButton
                      group={{ id: row.id, name: row.name, memberCount: row.memberCount }}
                    />
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

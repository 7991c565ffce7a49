import Link from "next/link";
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

/** The tổ's member count, a link to the member list filtered by the tổ for those who may read it. */
function Count({ row, linked, suffix = "" }: { row: GroupRow; linked: boolean; suffix?: string }) {
  const text = `${row.memberCount}${suffix}`;
  if (!linked) return <>{text}</>;
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

/** The tổ list: a table on desktop, cards on a phone. */
export function GroupsTable({
  rows,
  canWrite,
  memberHref,
}: {
  rows: GroupRow[];
  canWrite: boolean;
  memberHref?: (id: string) => string;
}) {
  const actions = (row: GroupRow) =>
    canWrite && (
      <div className="flex flex-wrap justify-end gap-1">
        <GroupNameDialog group={row} />
        <GroupArchiveButton group={row} />
      </div>
    );
  return (
    <>
      <div className="hidden overflow-x-auto rounded-card border border-surface-line bg-white md:block">
        <table className="w-full text-sm">
          <thead className="border-b border-surface-line bg-surface-sunken text-ink-muted">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Tổ công đoàn
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Số đoàn viên
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Tổ trưởng
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Tổ phó
              </th>
              {canWrite && (
                <th scope="col" className="px-3 py-2">
                  <span className="sr-only">Thao tác</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-surface-line last:border-0" data-testid="group-row">
                <td className="px-3 py-2">
                  <GroupName row={row} />
                </td>
                <td className="px-3 py-2 text-right tabular-nums">
                  <Count row={row} linked={!!memberHref} />
                </td>
                <td className="px-3 py-2">
                  <Names people={row.leaders} href={memberHref} />
                </td>
                <td className="px-3 py-2">
                  <Names people={row.deputies} href={memberHref} />
                </td>
                {canWrite && <td className="px-3 py-1">{actions(row)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="flex flex-col gap-2 md:hidden">
        {rows.map((row) => (
          <li key={row.id} className="rounded-card border border-surface-line bg-white p-3">
            <div className="flex items-start justify-between gap-2">
              <GroupName row={row} />
              <span className="whitespace-nowrap text-sm tabular-nums text-ink-muted">
                <Count row={row} linked={!!memberHref} suffix=" đoàn viên" />
              </span>
            </div>
            <dl className="mt-1 grid grid-cols-[5.5rem_1fr] gap-x-2 text-sm">
              <dt className="text-ink-muted">Tổ trưởng</dt>
              <dd>
                <Names people={row.leaders} href={memberHref} />
              </dd>
              <dt className="text-ink-muted">Tổ phó</dt>
              <dd>
                <Names people={row.deputies} href={memberHref} />
              </dd>
            </dl>
            {canWrite && <div className="mt-2 border-t border-surface-line pt-1">{actions(row)}</div>}
          </li>
        ))}
      </ul>
    </>
  );
}

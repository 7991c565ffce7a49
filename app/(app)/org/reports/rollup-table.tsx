// A roll-up section on screen: one row per CĐCS (its name links to its page), the total row, the
// notes. Server component, no client JS; wide tables scroll sideways inside their card.
import Link from "next/link";
import { formatRollupCell } from "@/lib/org/rollup/doc";
import type { RollupRow, RollupTable } from "@/lib/org/rollup/table";

type Props = { table: RollupTable; rows?: RollupRow[]; firstIndex?: number; linkUnits?: boolean };

export function RollupTableView({ table, rows = table.rows, firstIndex = 0, linkUnits = true }: Props) {
  const groups: { label: string; span: number }[] = [];
  for (const c of table.columns) {
    const last = groups.at(-1);
    if (last && c.group && last.label === c.group) last.span++;
    else groups.push({ label: c.group ?? "", span: 1 });
  }
  const hasGroups = table.columns.some((c) => c.group);
  const th = "border-b border-surface-line px-2 py-2 text-xs font-semibold text-ink-muted";
  const td = "px-2 py-1.5 text-right tabular-nums whitespace-nowrap";
  return (
    <div className="overflow-x-auto rounded-card border border-surface-line bg-white">
      <table className="min-w-full text-sm">
        <caption className="sr-only">
          {table.title}, năm {table.year}
        </caption>
        <thead className="bg-surface-sunken">
          {hasGroups && (
            <tr>
              <th scope="col" colSpan={2} className={th} />
              {groups.map((g, i) => (
                <th key={i} scope="colgroup" colSpan={g.span} className={`${th} text-center`}>
                  {g.label}
                </th>
              ))}
            </tr>
          )}
          <tr>
            <th scope="col" className={`${th} w-10 text-center`}>
              TT
            </th>
            <th scope="col" className={`${th} sticky left-0 bg-surface-sunken text-left`}>
              Công đoàn cơ sở
            </th>
            {table.columns.map((c, i) => (
              <th key={i} scope="col" className={`${th} text-right`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-surface-line">
          {rows.map((r, i) => (
            <tr key={r.unitId}>
              <td className="px-2 py-1.5 text-center text-ink-muted">{firstIndex + i + 1}</td>
              <th scope="row" className="sticky left-0 min-w-48 bg-white px-2 py-1.5 text-left font-normal">
                {linkUnits ? (
                  <Link href={`/org/${r.unitId}`} className="text-brand-700 hover:underline">
                    {r.name}
                  </Link>
                ) : (
                  r.name
                )}
              </th>
              {r.cells.map((v, j) => (
                <td key={j} className={td}>
                  {formatRollupCell(v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-surface-line font-semibold">
          <tr>
            <td />
            <th scope="row" className="sticky left-0 bg-white px-2 py-2 text-left">
              Tổng cộng ({table.rows.length.toLocaleString("vi-VN")} CĐCS)
            </th>
            {table.total.map((v, j) => (
              <td key={j} className={`${td} py-2`}>
                {formatRollupCell(v)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function RollupNotes({ notes }: { notes: string[] }) {
  return (
    <div className="mt-3 flex flex-col gap-1 text-sm text-ink-muted">
      {notes.map((n, i) => (
        <p key={i}>{n}</p>
      ))}
    </div>
  );
}

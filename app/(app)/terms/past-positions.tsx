import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import { POSITION_LABELS } from "@/lib/roles";
import type { PositionRow } from "@/lib/terms/queries";

/** Những người từng giữ chức vụ trong nhiệm kỳ, most recently ended first. */
export function PastPositions({ rows }: { rows: PositionRow[] }) {
  if (!rows.length) return null;
  return (
    <Card title={`Đã thôi giữ chức vụ (${rows.length})`} className="mt-4">
      <div className="hidden overflow-x-auto md:block">
        <table className="w-full text-sm">
          <thead className="border-b border-surface-line text-ink-muted">
            <tr>
              <th scope="col" className="px-2 py-2 text-left font-medium">
                Chức vụ
              </th>
              <th scope="col" className="px-2 py-2 text-left font-medium">
                Họ và tên
              </th>
              <th scope="col" className="px-2 py-2 text-left font-medium">
                Thời gian
              </th>
              <th scope="col" className="px-2 py-2 text-left font-medium">
                Quyết định
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id} className="border-b border-surface-line last:border-0">
                <td className="px-2 py-2">
                  {POSITION_LABELS[p.office]}
                  {p.group && ` · ${p.group.name}`}
                </td>
                <td className="px-2 py-2">{p.member.fullName}</td>
                <td className="px-2 py-2 tabular-nums">
                  {formatDate(p.startOn)} – {formatDate(p.endOn)}
                </td>
                <td className="px-2 py-2">{p.decisionRef}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="flex flex-col divide-y divide-surface-line text-sm md:hidden">
        {rows.map((p) => (
          <li key={p.id} className="py-2">
            <div className="font-medium">{p.member.fullName}</div>
            <div className="text-ink-muted">
              {POSITION_LABELS[p.office]}
              {p.group && ` · ${p.group.name}`} · {formatDate(p.startOn)} – {formatDate(p.endOn)}
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}

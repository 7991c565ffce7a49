import { formatMoney } from "@/lib/format";

type Line = {
  categoryId: string;
  name: string;
  defaultAmount: number;
  maxPerTime: number | null;
  maxTimesPerYear: number | null;
  maxAmountPerYear: number | null;
};

export function RateVersionTable({ lines }: { lines: Line[] }) {
  const none = <span className="text-ink-faint">không giới hạn</span>;
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Mức chi theo loại thăm hỏi">
      <table className="w-full min-w-[36rem] text-sm">
        <thead className="text-left text-xs uppercase tracking-wide text-ink-muted">
          <tr>
            <th className="py-1.5">Loại</th>
            <th className="py-1.5 text-right">Mức thường</th>
            <th className="py-1.5 text-right">Tối đa/lần</th>
            <th className="py-1.5 text-right">Tối đa lần/năm</th>
            <th className="py-1.5 text-right">Tối đa/năm</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.categoryId} className="border-t border-surface-line">
              <td className="py-1.5">{l.name}</td>
              <td className="py-1.5 text-right tabular-nums">{formatMoney(l.defaultAmount)}</td>
              <td className="py-1.5 text-right tabular-nums">
                {l.maxPerTime === null ? none : formatMoney(l.maxPerTime)}
              </td>
              <td className="py-1.5 text-right tabular-nums">{l.maxTimesPerYear ?? none}</td>
              <td className="py-1.5 text-right tabular-nums">
                {l.maxAmountPerYear === null ? none : formatMoney(l.maxAmountPerYear)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// The summary tiles above the cấp trên's list of CĐCS (roll-up, decision 0088): counts and sums only.
import Link from "next/link";
import { formatCount, formatMoney } from "@/lib/format";
import type { OrgTiles } from "@/lib/org/rollup/tiles";

export function OrgTilesView({ tiles }: { tiles: OrgTiles }) {
  const items: [string, string, string, string][] = [
    ["CĐCS trực thuộc", formatCount(tiles.units), "", "members"],
    ["Đoàn viên đang sinh hoạt", formatCount(tiles.members), "", "members"],
    [
      tiles.ratingYear ? `CĐCS đã xếp loại năm ${tiles.ratingYear}` : "CĐCS đã xếp loại",
      `${formatCount(tiles.selfRated)}/${formatCount(tiles.units)}`,
      `cấp trên đã thẩm định ${formatCount(tiles.appraised)}`,
      "rating",
    ],
    [`Thăm hỏi, trợ cấp năm ${tiles.year}`, formatMoney(tiles.welfare), "", "welfare"],
    [`Đoàn phí đã nộp cấp trên năm ${tiles.year}`, formatMoney(tiles.remitted), "", "dues"],
  ];
  return (
    <ul className="mb-4 grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5" aria-label="Tổng hợp nhanh">
      {items.map(([label, value, sub, section]) => (
        <li key={label}>
          <Link
            href={`/org/reports?year=${section === "rating" && tiles.ratingYear ? tiles.ratingYear : tiles.year}&section=${section}`}
            className="flex h-full flex-col rounded-card border border-surface-line bg-white p-3 hover:border-brand-500"
          >
            <span className="text-xs text-ink-muted">{label}</span>
            <span className="mt-1 text-lg font-semibold tabular-nums text-ink">{value}</span>
            {sub && <span className="text-xs text-ink-muted">{sub}</span>}
          </Link>
        </li>
      ))}
    </ul>
  );
}

import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Dashboard } from "@/lib/dashboard/queries";
import { formatCount } from "@/lib/format";
import { memberListHref } from "@/lib/members/member-list-href";

export function GroupBars({
  groups,
  groupCount,
  total,
}: {
  groups: Dashboard["groups"];
  groupCount: number;
  total: number;
}) {
  const max = Math.max(1, ...groups.map((g) => g.count));
  const more = groupCount - groups.length;
  return (
    <Card
      title={more > 0 ? `${groups.length} tổ đông nhất` : "Theo tổ công đoàn"}
      actions={<span className="text-sm text-ink-muted">{groupCount.toLocaleString("vi-VN")} tổ</span>}
    >
      {groups.length === 0 ? (
        <p className="text-sm text-ink-muted">
          Chưa có tổ công đoàn nào. Hãy{" "}
          <Link href="/groups" className="font-medium text-brand-700 hover:underline">
            tạo tổ
          </Link>{" "}
          rồi xếp đoàn viên vào tổ.
        </p>
      ) : (
        <ul className="space-y-3">
          {groups.map((g) => (
            <li key={g.id}>
              <Link
                href={memberListHref({ group: g.id })}
                className="group block rounded-lg -mx-2 px-2 py-1 hover:bg-surface-sunken"
              >
                <div className="flex items-baseline justify-between gap-3 text-sm">
                  <span className="min-w-0 truncate font-medium text-ink group-hover:text-brand-700">
                    {g.name}
                  </span>
                  <span className="shrink-0 tabular-nums text-ink-muted">
                    <span className="font-semibold text-ink">{formatCount(g.count)}</span>
                    <span className="ml-1.5 text-xs">
                      ({total ? Math.round((g.count / total) * 100) : 0}%)
                    </span>
                  </span>
                </div>
                <div className="mt-1.5 h-2.5 overflow-hidden rounded-full bg-surface-sunken">
                  <div
                    className="h-full rounded-full bg-brand-500 group-hover:bg-brand-600"
                    style={{ width: `${(g.count / max) * 100}%` }}
                  />
                </div>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {more > 0 && (
        <p className="mt-3 text-sm">
          <Link href="/groups" className="font-medium text-brand-700 hover:underline">
            Xem tất cả {groupCount.toLocaleString("vi-VN")} tổ →
          </Link>
        </p>
      )}
    </Card>
  );
}

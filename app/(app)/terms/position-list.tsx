import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import { POSITION_LABELS } from "@/lib/roles";
import type { PositionRow } from "@/lib/terms/queries";
import { PositionEndButton } from "./position-end-button";

/** One holder: office, name, since when, the decision, and "Kết thúc" for those who may. */
export function PositionItem({
  p,
  canWrite,
  hideRole = false,
}: {
  p: PositionRow;
  canWrite: boolean;
  hideRole?: boolean;
}) {
  const label = POSITION_LABELS[p.office];
  return (
    <li className="flex items-center justify-between gap-3 py-2 text-sm" data-testid="position">
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          {!hideRole && (
            <Badge tone={p.office === "CHAIR" || p.office === "UBKT_CHAIR" ? "red" : "gray"}>{label}</Badge>
          )}
          {hideRole && <span className="w-[4.5rem] shrink-0 whitespace-nowrap text-ink-muted">{label}</span>}
          <Link
            href={`/members/${p.member.id}`}
            className="font-medium text-ink hover:text-brand-700 hover:underline"
          >
            {p.member.fullName}
          </Link>
          {p.phase === "upcoming" && <Badge tone="blue">Từ {formatDate(p.startOn)}</Badge>}
        </div>
        <div className="text-xs text-ink-muted">
          {p.phase === "current" && `Từ ${formatDate(p.startOn)}`}
          {p.endOn && ` đến ${formatDate(p.endOn)}`}
          {p.decisionRef && ` · QĐ ${p.decisionRef}`}
        </div>
      </div>
      {canWrite && (
        <div className="shrink-0">
          <PositionEndButton
            positionId={p.id}
            roleLabel={label}
            memberName={p.member.fullName}
            startOn={p.startOn}
          />
        </div>
      )}
    </li>
  );
}

export function PositionList({
  rows,
  canWrite,
  empty,
}: {
  rows: PositionRow[];
  canWrite: boolean;
  empty: string;
}) {
  if (!rows.length) return <p className="text-sm text-ink-muted">{empty}</p>;
  return (
    <ul className="divide-y divide-surface-line">
      {rows.map((p) => (
        <PositionItem key={p.id} p={p} canWrite={canWrite} />
      ))}
    </ul>
  );
}

/** Tổ trưởng and tổ phó, tổ by tổ, so a tổ without officers stands out. */
export function GroupOfficerList({
  rows,
  groups,
  canWrite,
}: {
  rows: PositionRow[];
  groups: { id: string; name: string }[];
  canWrite: boolean;
}) {
  const extra = rows.filter((p) => p.group && !groups.some((g) => g.id === p.group!.id)).map((p) => p.group!);
  const all = [...groups, ...extra.filter((g, i) => extra.findIndex((x) => x.id === g.id) === i)];
  if (!all.length) return <p className="text-sm text-ink-muted">Đơn vị chưa có tổ công đoàn nào.</p>;
  return (
    <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
      {all.map((g) => {
        const mine = rows.filter((p) => p.group?.id === g.id);
        const hasLeader = mine.some((p) => p.office === "GROUP_LEADER");
        return (
          <li key={g.id} className="rounded-lg border border-surface-line px-3 py-1">
            <div className="flex items-center justify-between gap-2 pt-1">
              <Link
                href={`/groups/${g.id}`}
                className="text-sm font-semibold hover:text-brand-700 hover:underline"
              >
                {g.name}
              </Link>
              {!hasLeader && <Badge tone="amber">Chưa có tổ trưởng</Badge>}
            </div>
            {mine.length > 0 && (
              <ul className="divide-y divide-surface-line">
                {mine.map((p) => (
                  <PositionItem key={p.id} p={p} canWrite={canWrite} hideRole />
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}

import { Badge } from "@/components/ui/badge";
import type { MeetingDetail } from "@/lib/meetings/detail-queries";

const voteText = (i: MeetingDetail["agendaItems"][number]) =>
  i.votesFor === null && i.votesAgainst === null && i.votesOther === null
    ? null
    : `Tán thành ${i.votesFor ?? 0} · Không tán thành ${i.votesAgainst ?? 0} · Ý kiến khác ${i.votesOther ?? 0}`;

/** The agenda, and for those who may read them, the minutes of each item. */
export function MinutesView({ m }: { m: MeetingDetail }) {
  if (!m.agendaItems.length) return <p className="text-sm text-ink-muted">Chưa có chương trình họp.</p>;
  return (
    <ol className="flex flex-col gap-4" data-testid="agenda">
      {m.agendaItems.map((i, n) => (
        <li key={i.id} className="rounded-lg border border-surface-line p-3">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-medium text-ink">
              {n + 1}. {i.title}
            </span>
            {i.isMain ? <Badge tone="blue">Nội dung chính</Badge> : <Badge>Thường kỳ</Badge>}
          </div>
          {m.showMinutes && (
            <dl className="mt-2 grid gap-1 text-sm">
              {i.discussion && (
                <>
                  <dt className="text-xs uppercase text-ink-muted">Thảo luận</dt>
                  <dd className="whitespace-pre-line">{i.discussion}</dd>
                </>
              )}
              {voteText(i) && (
                <>
                  <dt className="text-xs uppercase text-ink-muted">Biểu quyết</dt>
                  <dd data-testid="vote-line">{voteText(i)}</dd>
                </>
              )}
              {i.conclusion && (
                <>
                  <dt className="text-xs uppercase text-ink-muted">Kết luận của chủ trì</dt>
                  <dd className="whitespace-pre-line">{i.conclusion}</dd>
                </>
              )}
            </dl>
          )}
        </li>
      ))}
    </ol>
  );
}

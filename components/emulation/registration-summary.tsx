import { COMMITMENT_KIND_LABELS } from "@/lib/emulation/labels";

type Props = {
  titleNames: string[];
  movementNames: string[];
  commitments: {
    id: string;
    kind: keyof typeof COMMITMENT_KIND_LABELS;
    content: string;
    target: string | null;
  }[];
};

/** A registration as read: titles, movements and the numbered programme. */
export function RegistrationSummary({ titleNames, movementNames, commitments }: Props) {
  return (
    <div className="flex flex-col gap-3 text-sm">
      <div>
        <p className="text-xs uppercase tracking-wide text-ink-muted">Danh hiệu</p>
        <p className="text-ink">{titleNames.join("; ") || "—"}</p>
      </div>
      <div>
        <p className="text-xs uppercase tracking-wide text-ink-muted">Phong trào</p>
        <p className="text-ink">{movementNames.join("; ") || "—"}</p>
      </div>
      <div>
        <p className="text-xs uppercase tracking-wide text-ink-muted">Chương trình cá nhân</p>
        {commitments.length === 0 ? (
          <p className="text-ink-faint">—</p>
        ) : (
          <ol className="mt-1 list-decimal space-y-1 pl-5">
            {commitments.map((c) => (
              <li key={c.id}>
                <span className="font-medium">{COMMITMENT_KIND_LABELS[c.kind]}:</span> {c.content}
                {c.target && <span className="text-ink-muted"> — chỉ tiêu: {c.target}</span>}
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}

/** Names for ids, in catalogue order; ids no longer in the catalogue are skipped. */
export function namesOf(ids: string[], items: { id: string; name: string }[]) {
  return items.filter((i) => ids.includes(i.id)).map((i) => i.name);
}

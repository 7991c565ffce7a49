"use client";

/** Who went on the visit: the BCH members holding office today. */
export function VisitorChecklist({
  options,
  value,
  onChange,
  error,
}: {
  options: { id: string; fullName: string }[];
  value: string[];
  onChange: (v: string[]) => void;
  error?: string;
}) {
  const toggle = (id: string) =>
    onChange(value.includes(id) ? value.filter((x) => x !== id) : [...value, id]);
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="text-sm font-medium text-ink">Người đi thăm (BCH)</legend>
      <div className="mt-1 flex flex-wrap gap-2">
        {options.map((o) => (
          <label
            key={o.id}
            className="inline-flex min-h-10 items-center gap-2 rounded-lg border border-surface-line px-3 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50"
          >
            <input type="checkbox" checked={value.includes(o.id)} onChange={() => toggle(o.id)} />
            {o.fullName}
          </label>
        ))}
        {options.length === 0 && <p className="text-sm text-ink-muted">Chưa có ủy viên BCH đương nhiệm.</p>}
      </div>
      {error && (
        <p role="alert" className="text-sm text-brand-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}

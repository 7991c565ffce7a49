"use client";
import { useRouter } from "next/navigation";
import { formatDate } from "@/lib/format";

/** Switches the term shown; the choice lives in the URL (?term=…). */
export function TermSelector({
  terms,
  value,
}: {
  terms: { id: string; name: string; startOn: Date; endOn: Date }[];
  value: string;
}) {
  const router = useRouter();
  if (terms.length < 2) return null;
  return (
    <label className="flex w-full min-w-0 items-center gap-2 text-sm sm:w-auto">
      <span className="shrink-0 text-ink-muted">Nhiệm kỳ</span>
      <select
        className="min-h-10 w-full min-w-0 rounded-lg border border-surface-line bg-white px-3 py-2 text-base sm:w-auto sm:text-sm"
        value={value}
        onChange={(e) => router.push(`/terms?term=${e.target.value}`)}
      >
        {terms.map((t) => (
          <option key={t.id} value={t.id} title={`${formatDate(t.startOn)} – ${formatDate(t.endOn)}`}>
            {t.name}
          </option>
        ))}
      </select>
    </label>
  );
}

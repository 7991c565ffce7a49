// The import's progress: phase label, bar and percentage. Server- and client-safe.
const PHASES: Record<string, string> = {
  parse: "Đang đọc tệp",
  validate: "Đang kiểm tra từng dòng",
  write: "Đang ghi vào sổ",
};

export function ProgressBar({ phase, progress, rows }: { phase: string; progress: number; rows?: number }) {
  const pct = Math.max(0, Math.min(100, Math.round(progress)));
  const label = PHASES[phase] ?? "Đang xử lý";
  return (
    <div className="flex flex-col gap-2" data-import-progress>
      <div className="flex justify-between text-sm text-ink">
        <span className="font-medium">
          {label}
          {rows ? ` (${rows.toLocaleString("vi-VN")} dòng)` : ""}…
        </span>
        <span className="tabular-nums">{pct}%</span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        className="h-3 w-full overflow-hidden rounded-full bg-surface-sunken ring-1 ring-surface-line"
      >
        <div
          className="h-full rounded-full bg-brand-600 transition-[width] duration-500"
          style={{ width: `${pct}%` }}
        />
      </div>
      <ol className="flex gap-4 text-xs text-ink-muted">
        {Object.entries(PHASES).map(([k, v]) => (
          <li key={k} className={k === phase ? "font-semibold text-ink" : ""}>
            {v.replace("Đang ", "")}
          </li>
        ))}
      </ol>
    </div>
  );
}

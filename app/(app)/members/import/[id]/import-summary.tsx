import Link from "next/link";
import type { ImportCounts } from "@/lib/members/import/columns";

/** The counts at a glance: new, update, unchanged, to confirm, errors. */
export function ImportSummary({ counts, done }: { counts: ImportCounts; done: boolean }) {
  const items: [string, number, string][] = [
    [done ? "Đã thêm mới" : "Thêm mới", counts.NEW, "text-emerald-700"],
    [done ? "Đã cập nhật" : "Cập nhật", counts.UPDATE, "text-sky-700"],
    ["Không thay đổi", counts.SAME, "text-ink"],
    ["Cần xác nhận", counts.AMBIGUOUS, "text-amber-700"],
    ["Dòng lỗi", counts.ERROR, "text-brand-700"],
  ];
  return (
    <>
      {done && (
        <p className="mb-3 rounded-lg bg-emerald-50 p-3 text-sm text-emerald-800" role="status">
          Đã nhập xong.{" "}
          <Link href="/members" className="underline">
            Xem danh sách đoàn viên
          </Link>
        </p>
      )}
      <dl className="mb-4 grid grid-cols-2 gap-2 sm:grid-cols-5" data-import-counts>
        {items.map(([label, n, tone]) => (
          <div key={label} className="rounded-card border border-surface-line bg-white p-3">
            <dt className="text-xs text-ink-muted">{label}</dt>
            <dd className={`text-2xl font-semibold tabular-nums ${tone}`}>{n.toLocaleString("vi-VN")}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
